package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.lti.domain.ToolKeyCipher;
import fr.plume.tool.lti.domain.ToolKeyStore.StoredKey;
import fr.plume.tool.lti.support.InMemoryToolKeyStore;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.NoTransactions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tool's signing keys: one CURRENT key created on first use, kept encrypted, signing with its kid, published public only. */
class ToolKeysTest {

    private static final String SECRET = "a-secret-of-sufficient-length";

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryToolKeyStore store = new InMemoryToolKeyStore();
    private final ToolKeys toolKeys = new ToolKeys(store, new ToolKeyCipher(SECRET), clock, NoTransactions.template());

    @Test
    void theFirstUseCreatesOneCurrentKeyUnderTheLock() {
        String kid = toolKeys.currentKey().getKeyID();

        assertThat(toolKeys.currentKey().getKeyID()).isEqualTo(kid);
        assertThat(toolKeys.ensureCurrentKey().kid()).isEqualTo(kid);
        assertThat(store.all()).singleElement().satisfies(key -> {
            assertThat(key.status()).isEqualTo("CURRENT");
            assertThat(key.createdAt()).isEqualTo(clock.instant());
            assertThat(key.activatedAt()).isEqualTo(clock.instant());
        });
        assertThat(store.locks()).isEqualTo(1);
    }

    @Test
    void thePrivateKeyIsStoredEncryptedForItsKid() {
        toolKeys.currentKey();
        StoredKey stored = store.withStatus("CURRENT").orElseThrow();

        assertThat(new String(stored.encryptedPrivateKey(), StandardCharsets.ISO_8859_1))
                .doesNotContain("\"d\"").doesNotContain("\"p\"");
        assertThat(new String(new ToolKeyCipher(SECRET).decrypt(stored.encryptedPrivateKey(), stored.kid()),
                StandardCharsets.UTF_8)).contains("\"d\"");
        assertThat(stored.publicJwk()).doesNotContain("\"d\"");
    }

    @Test
    void signsWithTheCurrentKeyWhichTheJwksPublishes() throws Exception {
        String jwt = toolKeys.sign(new JWTClaimsSet.Builder().issuer("client-1").audience("https://moodle.example")
                .build());

        SignedJWT parsed = SignedJWT.parse(jwt);
        JWKSet published = toolKeys.publicJwks();
        JWK key = published.getKeyByKeyId(parsed.getHeader().getKeyID());
        assertThat(key).as("the signing kid is published").isNotNull();
        assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(parsed.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
        assertThat(parsed.getJWTClaimsSet().getIssuer()).isEqualTo("client-1");
        assertThat(published.getKeys()).allSatisfy(k -> {
            assertThat(k.isPrivate()).isFalse();
            assertThat(k.toRSAKey().size()).isEqualTo(2048);
        });
    }

    /** What other modules sign through lti.api.ToolSignatures (Open Badges credentials): nested JSON, their typ. */
    @Test
    void signsNestedClaimsForOtherModulesWithTheirTypeAndThePublishedKey() throws Exception {
        String jwt = toolKeys.signJwt(java.util.Map.of("iss", "https://plume.example", "nbf", 1_800_000_000L,
                "credentialSubject", java.util.Map.of("type", java.util.List.of("AchievementSubject"))), "vc+jwt");

        SignedJWT parsed = SignedJWT.parse(jwt);
        JWK key = toolKeys.publicJwks().getKeyByKeyId(parsed.getHeader().getKeyID());
        assertThat(parsed.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
        assertThat(parsed.getHeader().getType().getType()).isEqualTo("vc+jwt");
        assertThat(parsed.getJWTClaimsSet().getNotBeforeTime().toInstant().getEpochSecond()).isEqualTo(1_800_000_000L);
        assertThat(parsed.getJWTClaimsSet().getJSONObjectClaim("credentialSubject")).containsKey("type");
    }

    @Test
    void administratorsSeeKeysWithoutTheirPrivatePart() {
        String kid = toolKeys.currentKey().getKeyID();

        assertThat(toolKeys.describe()).singleElement().isEqualTo(
                new ToolKeys.KeyDescription(kid, "CURRENT", clock.instant(), clock.instant(), null));
    }

    @Test
    void aKeyStoredUnderAnotherSecretIsNotUsable() {
        toolKeys.currentKey();
        ToolKeys withOtherSecret = new ToolKeys(store, new ToolKeyCipher("another-secret-of-length"), clock,
                NoTransactions.template());

        assertThatThrownBy(withOtherSecret::currentKey).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PLUME_SECRET_KEY");
    }
}
