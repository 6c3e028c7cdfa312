package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.lti.domain.PlatformKeys;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignatureValidatorTest {

    private static RSAKey platformKey;

    private final PlatformKeys keys = (registration, kid) ->
            kid.equals(platformKey.getKeyID()) ? Optional.of(platformKey.toPublicJWK()) : Optional.empty();
    private final SignatureValidator validator = new SignatureValidator(keys);

    @BeforeAll
    static void key() throws Exception {
        platformKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static String signed(JWSHeader header, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(header, ValidClaims.with(c -> c));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void returnsTheClaimsOfATokenSignedByThePlatformKeyNamedByItsKid() throws Exception {
        String token = signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), platformKey);

        assertThat(validator.verify(token, REGISTRATION).getSubject()).isEqualTo("5");
    }

    @Test
    void ignoresAKeyEmbeddedInTheHeader() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("k1").generate();
        String token = signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").jwk(attacker.toPublicJWK())
                .jwkURL(URI.create("https://evil.example/jwks")).build(), attacker);

        assertThatThrownBy(() -> validator.verify(token, REGISTRATION)).hasMessage("LTI-SIGNATURE-INVALID");
    }

    @Test
    void requiresAKnownKid() throws Exception {
        assertThatThrownBy(() -> validator.verify(signed(new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
                platformKey), REGISTRATION)).hasMessage("LTI-KID-MISSING");
        assertThatThrownBy(() -> validator.verify(signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k2")
                .build(), platformKey), REGISTRATION)).hasMessage("LTI-KID-UNKNOWN");
    }

    @Test
    void refusesUnsignedAndHmacTokens() throws Exception {
        String unsigned = new PlainJWT(ValidClaims.with(c -> c)).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                ValidClaims.with(c -> c));
        hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits!!".getBytes()));

        assertThatThrownBy(() -> validator.verify(unsigned, REGISTRATION)).hasMessage("LTI-ALG-UNSUPPORTED");
        assertThatThrownBy(() -> validator.verify(hmac.serialize(), REGISTRATION)).hasMessage("LTI-ALG-UNSUPPORTED");
    }

    @Test
    void refusesWhatIsNotACompactJws() {
        assertThatThrownBy(() -> validator.verify("not.a-token", REGISTRATION)).hasMessage("LTI-TOKEN-MALFORMED");
    }
}
