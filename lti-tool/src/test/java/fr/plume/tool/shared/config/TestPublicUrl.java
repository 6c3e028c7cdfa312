package fr.plume.tool.shared.config;

import org.springframework.mock.env.MockEnvironment;

/** A {@link PublicUrl} configured with a fixed address, for unit tests outside Spring. */
public final class TestPublicUrl {

    private TestPublicUrl() {
    }

    public static PublicUrl of(String base) {
        return new PublicUrl(base, new MockEnvironment());
    }
}
