package fr.plume.tool.lti.application;

import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.PlatformKeys;
import fr.plume.tool.lti.domain.ToolBaseUrl;
import fr.plume.tool.lti.domain.idtoken.TokenSizeValidator;
import fr.plume.tool.lti.domain.idtoken.ValidClaims;
import fr.plume.tool.lti.api.LtiClaims;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.NOW;
import static fr.plume.tool.lti.domain.idtoken.ValidClaims.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.lti.api.LtiRole;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validators composed: a launch passes them all, and the size cap comes before any decoding. */
class ValidateIdTokenTest {

    private static RSAKey key;

    private final PlatformKeys keys = (registration, kid) ->
            kid.equals(key.getKeyID()) ? Optional.of(key.toPublicJWK()) : Optional.empty();
    private final ValidateIdToken validator = new ValidateIdToken(keys, Clock.fixed(NOW, ZoneOffset.UTC),
            ToolBaseUrl.of("https://plume.example"));

    @BeforeAll
    static void key() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                change.apply(ValidClaims.builder()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void acceptsAWellFormedLaunchAndMapsItsClaims() throws Exception {
        LaunchClaims claims = validator.validate(token(c -> c), REGISTRATION);

        assertThat(claims.roles()).containsExactly(LtiRole.INSTRUCTOR);
        assertThat(claims.resourceLink().id()).isEqualTo("9");
        assertThat(claims.context()).isNull();
        assertThat(claims.person().email()).isNull();
    }

    @Test
    void rejectsOversizeIdTokenBeforeReadingIt() throws Exception {
        String signed = token(c -> c.claim(LtiClaims.CUSTOM, Map.of("padding", "x".repeat(1_500_000))));

        assertThatThrownBy(() -> validator.validate(signed, REGISTRATION)).hasMessage("LTI-IDTOKEN-TOO-LARGE")
                .isInstanceOfSatisfying(LaunchRejected.class, rejected -> assertThat(rejected.status()).isEqualTo(413));
    }

    @Test
    void acceptsGenerousCustomParametersUnderTheCap() throws Exception {
        String signed = token(c -> c.claim(LtiClaims.CUSTOM, Map.of("padding", "x".repeat(40_000))));

        assertThat(signed.length()).isLessThan(TokenSizeValidator.MAX_ID_TOKEN_LENGTH);
        assertThat(validator.validate(signed, REGISTRATION).custom()).containsKey("padding");
    }

    @Test
    void acceptsAnyAddressOfTheToolAsTarget() throws Exception {
        for (String own : List.of("https://plume.example/lti/launch", "https://PLUME.example:443/lti/launch?x=1",
                "https://plume.example/app")) {
            assertThat(validator.validate(token(c -> c.claim(LtiClaims.TARGET_LINK_URI, own)), REGISTRATION))
                    .as(own).isNotNull();
        }
    }
}
