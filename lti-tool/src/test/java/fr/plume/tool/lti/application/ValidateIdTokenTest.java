package fr.plume.tool.lti.application;

import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.PlatformKeys;
import fr.plume.tool.lti.domain.ToolBaseUrl;
import fr.plume.tool.lti.domain.idtoken.TokenSizeValidator;
import fr.plume.tool.lti.api.LtiClaims;
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
import fr.plume.tool.lti.api.RegistrationView;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validators composed: a launch passes them all, and the size cap comes before any decoding. */
class ValidateIdTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static RSAKey key;
    private static final RegistrationView REGISTRATION = new RegistrationView(UUID.randomUUID(), UUID.randomUUID(),
            "Moodle", "https://moodle.example", "client-1", URI.create("https://moodle.example/mod/lti/auth.php"),
            URI.create("https://moodle.example/mod/lti/token.php"), URI.create("https://moodle.example/mod/lti/certs.php"),
            List.of("3"), "ACTIVE");

    private final PlatformKeys keys = (registration, kid) ->
            kid.equals(key.getKeyID()) ? Optional.of(key.toPublicJWK()) : Optional.empty();
    private final ValidateIdToken validator = new ValidateIdToken(keys, Clock.fixed(NOW, ZoneOffset.UTC),
            ToolBaseUrl.of("https://plume.example"));

    @BeforeAll
    static void key() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://moodle.example").audience("client-1")
                .subject("5").issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60)))
                .claim("nonce", "n-1")
                .claim(LtiClaims.VERSION, "1.3.0").claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
                .claim(LtiClaims.DEPLOYMENT_ID, "3").claim(LtiClaims.TARGET_LINK_URI, "https://plume.example/lti/launch")
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "9"))
                .claim(LtiClaims.ROLES, List.of("Instructor"));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                change.apply(claims).build());
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
