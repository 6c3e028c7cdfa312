package fr.plume.tool.demo.web;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.infra.JdbcDemoAccessTokens;
import fr.plume.tool.demo.infra.JdbcDemoServiceLog;
import fr.plume.tool.demo.infra.DemoToolJwtVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2 token endpoint for services (1EdTech Security Framework §4.1, Moodle's
 * mod/lti/token.php): client_credentials with a JWT client assertion signed by the tool, checked
 * against the tool's JWKS; scopes granted are those asked for and permitted; tokens last an hour.
 * Errors are 400 with an OAuth error code, as Moodle answers them.
 */
@RestController
@Profile("demo")
class DemoTokenController {

    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final DemoToolJwtVerifier verifier;
    private final JdbcDemoAccessTokens tokens;
    private final JdbcDemoServiceLog log;
    private final Clock clock;

    DemoTokenController(DemoToolJwtVerifier verifier, JdbcDemoAccessTokens tokens, JdbcDemoServiceLog log, Clock clock) {
        this.verifier = verifier;
        this.tokens = tokens;
        this.log = log;
        this.clock = clock;
    }

    @PostMapping("/demo/platform/token")
    ResponseEntity<Map<String, Object>> token(HttpServletRequest request) {
        if (!DemoServiceCalls.contentTypeIs(request, MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return error(request, null, "invalid_request", "form-encoded body expected");
        }
        String assertion = request.getParameter("client_assertion");
        String assertionType = request.getParameter("client_assertion_type");
        String grantType = request.getParameter("grant_type");
        String scope = request.getParameter("scope");
        if (blank(assertion) || blank(assertionType) || blank(grantType) || blank(scope)) {
            return error(request, null, "invalid_request", "grant_type, client_assertion(_type) and scope are required");
        }
        if (!ASSERTION_TYPE.equals(assertionType) || !"client_credentials".equals(grantType)) {
            return error(request, null, "unsupported_grant_type", grantType);
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.clientAssertion(assertion);
        } catch (DemoToolJwtVerifier.Rejected e) {
            return error(request, null, "invalid_client", e.getMessage());
        }
        Instant now = clock.instant();
        Instant assertionExpiry = claims.getExpirationTime().toInstant();
        if (!tokens.firstUseOf(claims.getJWTID(), assertionExpiry.plusSeconds(60), now)) {
            return error(request, claims.getSubject(), "invalid_client", "client assertion jti already used");
        }
        List<String> granted = Arrays.stream(scope.trim().split("\\s+")).filter(Scopes.PERMITTED::contains)
                .distinct().toList();
        if (granted.isEmpty()) {
            return error(request, claims.getSubject(), "invalid_scope", scope);
        }
        String token = tokens.issue(claims.getSubject(), granted, now.plus(LIFETIME));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", LIFETIME.toSeconds());
        body.put("scope", String.join(" ", granted));
        log.record("POST", request.getRequestURI(), claims.getSubject(), 200, "scope=" + scope,
                "token issued for " + String.join(" ", granted));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private ResponseEntity<Map<String, Object>> error(HttpServletRequest request, String clientId, String code,
            String why) {
        log.record("POST", request.getRequestURI(), clientId, 400, null, code + ": " + why);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
