package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The unguessable states, nonces and cookie values of a login, and the digests they are compared by. */
class TokensTest {

    @Test
    void randomValuesCarry256BitsUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String value = Tokens.random();
            assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]+");
            seen.add(value);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void aValueMatchesItsOwnDigestOnly() {
        String digest = Tokens.sha256("cookie-value");

        assertThat(digest).as("SHA-256 in lower-case hex")
                .isEqualTo("d0fff5a7f91aabe14e13483bdfc6e477a6115e95e813c2c13b47ff96f84cdc64");
        assertThat(Tokens.sameDigest(digest, "cookie-value")).isTrue();
        assertThat(Tokens.sameDigest(digest, "cookie-valuf")).isFalse();
        assertThat(Tokens.sameDigest(digest, "")).isFalse();
    }
}
