package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.RegistrationView;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The claims of a valid Moodle resource link launch, for the id_token validators' unit tests, and one change. */
public final class ValidClaims {

    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    public static final RegistrationView REGISTRATION = new RegistrationView(UUID.randomUUID(), UUID.randomUUID(),
            "Moodle", "https://moodle.example", "client-1", URI.create("https://moodle.example/mod/lti/auth.php"),
            URI.create("https://moodle.example/mod/lti/token.php"), URI.create("https://moodle.example/mod/lti/certs.php"),
            List.of("3"), "ACTIVE");

    private ValidClaims() {
    }

    public static JWTClaimsSet.Builder builder() {
        return new JWTClaimsSet.Builder().issuer("https://moodle.example").audience("client-1")
                .subject("5").issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60)))
                .claim("nonce", "n-1")
                .claim(LtiClaims.VERSION, "1.3.0").claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
                .claim(LtiClaims.DEPLOYMENT_ID, "3").claim(LtiClaims.TARGET_LINK_URI, "https://plume.example/lti/launch")
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "9"))
                .claim(LtiClaims.ROLES, List.of("Instructor"));
    }

    static JWTClaimsSet with(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(builder()).build();
    }

    /** A Deep Linking request with valid settings. */
    static JWTClaimsSet.Builder deepLinking(JWTClaimsSet.Builder claims) {
        return claims.claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest").claim(LtiClaims.RESOURCE_LINK, null)
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", "https://moodle.example/r",
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets",
                        List.of("iframe")));
    }
}
