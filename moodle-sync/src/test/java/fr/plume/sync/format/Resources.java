package fr.plume.sync.format;

import java.io.InputStream;

final class Resources {

    private Resources() {
    }

    static InputStream open(String name) {
        InputStream in = Resources.class.getResourceAsStream("/formats/" + name);
        if (in == null) {
            throw new IllegalArgumentException(name);
        }
        return in;
    }
}
