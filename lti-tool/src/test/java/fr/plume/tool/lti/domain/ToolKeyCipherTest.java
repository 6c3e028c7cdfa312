package fr.plume.tool.lti.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ToolKeyCipherTest {

    private final ToolKeyCipher cipher = new ToolKeyCipher("a-secret-of-sufficient-length");

    @Test
    void roundTripsWithoutLeavingThePlaintextInTheCiphertext() {
        byte[] sealed = cipher.encrypt("{\"d\":\"private\"}".getBytes(StandardCharsets.UTF_8), "kid-1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private");
        assertThat(new String(cipher.decrypt(sealed, "kid-1"), StandardCharsets.UTF_8)).isEqualTo("{\"d\":\"private\"}");
    }

    @Test
    void refusesAnotherKidOrAnotherSecret() {
        byte[] sealed = cipher.encrypt("secret".getBytes(StandardCharsets.UTF_8), "kid-1");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "kid-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ToolKeyCipher("another-secret-of-length").decrypt(sealed, "kid-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new ToolKeyCipher("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
