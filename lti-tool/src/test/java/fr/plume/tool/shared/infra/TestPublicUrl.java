package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.PublicUrl;
import org.springframework.mock.env.MockEnvironment;

/** The {@link PublicUrl} adapter configured with a fixed address, for unit tests outside Spring. */
public final class TestPublicUrl {

    private TestPublicUrl() {
    }

    public static PublicUrl of(String base) {
        return new ServerPublicUrl(base, new MockEnvironment());
    }
}
