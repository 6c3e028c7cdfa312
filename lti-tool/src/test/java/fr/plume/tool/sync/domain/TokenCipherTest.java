package fr.plume.tool.sync.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.sync.SyncFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private final TokenCipher cipher = new TokenCipher("a-secret-key-of-enough-length");

    @Test
    void roundTripsAndNeverStoresTheTokenInClear() {
        byte[] sealed = cipher.encrypt(SyncFixtures.TOKEN, "site-1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SyncFixtures.TOKEN);
        assertThat(cipher.decrypt(sealed, "site-1")).isEqualTo(SyncFixtures.TOKEN);
        assertThat(cipher.encrypt(SyncFixtures.TOKEN, "site-1")).isNotEqualTo(sealed);
    }

    @Test
    void refusesAnotherSiteOrAnotherSecret() {
        byte[] sealed = cipher.encrypt(SyncFixtures.TOKEN, "site-1");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "site-2")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(SyncFixtures.TOKEN);
        assertThatThrownBy(() -> new TokenCipher("another-secret-key-here").decrypt(sealed, "site-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TokenCipher("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
