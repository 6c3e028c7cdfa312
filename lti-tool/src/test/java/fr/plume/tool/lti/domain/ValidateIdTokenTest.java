package fr.plume.tool.lti.domain;

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

class ValidateIdTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static RSAKey key;
    private static final RegistrationView REGISTRATION = new RegistrationView(UUID.randomUUID(), UUID.randomUUID(),
            "Moodle", "https://moodle.example", "client-1", URI.create("https://moodle.example/mod/lti/auth.php"),
            URI.create("https://moodle.example/mod/lti/token.php"), URI.create("https://moodle.example/mod/lti/certs.php"),
            List.of("3"), "ACTIVE");

    private final ValidateIdToken validator = new ValidateIdToken(Clock.fixed(NOW, ZoneOffset.UTC),
            ToolBaseUrl.of("https://plume.example"));
    private final PlatformKeys keys = (registration, kid) ->
            kid.equals(key.getKeyID()) ? Optional.of(key.toPublicJWK()) : Optional.empty();

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
        LaunchClaims claims = validator.validate(token(c -> c), REGISTRATION, keys);

        assertThat(claims.roles()).containsExactly(LtiRole.INSTRUCTOR);
        assertThat(claims.resourceLink().id()).isEqualTo("9");
        assertThat(claims.context()).isNull();
        assertThat(claims.person().email()).isNull();
    }

    @Test
    void toleratesSixtySecondsOfClockSkewAndNoMore() throws Exception {
        assertThat(validator.validate(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(59)))), REGISTRATION, keys))
                .isNotNull();
        assertThat(validator.validate(token(c -> c.issueTime(Date.from(NOW.plusSeconds(59)))), REGISTRATION, keys))
                .isNotNull();
        assertThatThrownBy(() -> validator.validate(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(61)))),
                REGISTRATION, keys)).hasMessage("LTI-TOKEN-EXPIRED");
        assertThatThrownBy(() -> validator.validate(token(c -> c.issueTime(Date.from(NOW.plusSeconds(61)))),
                REGISTRATION, keys)).hasMessage("LTI-IAT-INVALID");
    }

    @Test
    void ignoresAKeyEmbeddedInTheHeader() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("k1").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1")
                .jwk(attacker.toPublicJWK()).jwkURL(URI.create("https://evil.example/jwks")).build(),
                new JWTClaimsSet.Builder().issuer("https://moodle.example").build());
        jwt.sign(new RSASSASigner(attacker));

        assertThatThrownBy(() -> validator.validate(jwt.serialize(), REGISTRATION, keys))
                .hasMessage("LTI-SIGNATURE-INVALID");
    }

    @Test
    void requiresTheResourceLinkTargetAndTheDeepLinkingReturnUrl() throws Exception {
        assertThatThrownBy(() -> validator.validate(token(c -> c.claim(LtiClaims.TARGET_LINK_URI, null)),
                REGISTRATION, keys)).hasMessage("LTI-TARGET-LINK-URI-MISSING");
        assertThatThrownBy(() -> validator.validate(token(c -> c.claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("accept_types", List.of("ltiResourceLink")))),
                REGISTRATION, keys)).hasMessage("LTI-DEEP-LINKING-SETTINGS-MISSING");
    }

    @Test
    void rejectsOversizeIdTokenBeforeReadingIt() throws Exception {
        String signed = token(c -> c.claim(LtiClaims.CUSTOM, Map.of("padding", "x".repeat(1_500_000))));

        assertThatThrownBy(() -> validator.validate(signed, REGISTRATION, keys)).hasMessage("LTI-IDTOKEN-TOO-LARGE")
                .isInstanceOfSatisfying(LaunchRejected.class, rejected -> assertThat(rejected.status()).isEqualTo(413));
    }

    @Test
    void acceptsGenerousCustomParametersUnderTheCap() throws Exception {
        String signed = token(c -> c.claim(LtiClaims.CUSTOM, Map.of("padding", "x".repeat(40_000))));

        assertThat(signed.length()).isLessThan(ValidateIdToken.MAX_ID_TOKEN_LENGTH);
        assertThat(validator.validate(signed, REGISTRATION, keys).custom()).containsKey("padding");
    }

    @Test
    void rejectsATargetLinkUriOutsideTheTool() throws Exception {
        for (String foreign : List.of("https://evil.example/lti/launch", "http://plume.example/lti/launch",
                "https://plume.example:8443/lti/launch", "https://plume.example.evil.example/lti/launch",
                "https://user@evil.example/lti/launch", "/lti/launch", "not a url")) {
            assertThatThrownBy(() -> validator.validate(token(c -> c.claim(LtiClaims.TARGET_LINK_URI, foreign)),
                    REGISTRATION, keys)).as(foreign).hasMessage("LTI-TARGET-LINK-URI-FOREIGN");
        }
        assertThatThrownBy(() -> validator.validate(token(c -> c.claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .claim(LtiClaims.TARGET_LINK_URI, "https://evil.example/lti/launch")
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", "https://moodle.example/r",
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets",
                        List.of("iframe")))), REGISTRATION, keys)).hasMessage("LTI-TARGET-LINK-URI-FOREIGN");
    }

    @Test
    void acceptsAnyAddressOfTheToolAsTarget() throws Exception {
        for (String own : List.of("https://plume.example/lti/launch", "https://PLUME.example:443/lti/launch?x=1",
                "https://plume.example/app")) {
            assertThat(validator.validate(token(c -> c.claim(LtiClaims.TARGET_LINK_URI, own)), REGISTRATION, keys))
                    .as(own).isNotNull();
        }
    }

    @Test
    void aToolUnderAPathOwnsOnlyThatPath() {
        ToolBaseUrl tool = ToolBaseUrl.of("https://univ.example/plume/");

        assertThat(tool.owns("https://univ.example/plume/lti/launch")).isTrue();
        assertThat(tool.owns("https://univ.example/plume")).isTrue();
        assertThat(tool.owns("https://univ.example/plumeria/lti/launch")).isFalse();
        assertThat(tool.owns("https://univ.example/other/lti/launch")).isFalse();
        assertThat(tool.owns("https://univ.example/plume/../other")).isFalse();
    }
}
