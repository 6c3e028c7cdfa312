package fr.plume.tool.demo.application;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.demo.domain.AccessTokens;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ToolSignatures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The OAuth 2 token endpoint for services (1EdTech Security Framework §4.1, Moodle's
 * mod/lti/token.php): client_credentials with a JWT client assertion signed by the tool, checked
 * against the tool's JWKS; scopes granted are those asked for and permitted; tokens last an hour.
 * Errors are 400 with an OAuth error code, as Moodle answers them.
 */
@Component
@Profile("demo")
public class IssueServiceToken {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /** The token request's form; {@code formEncoded} false when the body was not a form. */
    public record TokenRequest(boolean formEncoded, String clientAssertion, String clientAssertionType,
            String grantType, String scope) {
    }

    /** 200 with the token, or 400 with the OAuth {@code error}. */
    public record TokenResponse(int status, Map<String, Object> body) {
    }

    private final ToolSignatures signatures;
    private final AccessTokens tokens;
    private final ServiceLog log;
    private final Clock clock;

    public IssueServiceToken(ToolSignatures signatures, AccessTokens tokens, ServiceLog log, Clock clock) {
        this.signatures = signatures;
        this.tokens = tokens;
        this.log = log;
        this.clock = clock;
    }

    /** @param path the endpoint's path, for the service log */
    public TokenResponse issue(TokenRequest request, String path) {
        if (!request.formEncoded()) {
            return error(path, null, "invalid_request", "form-encoded body expected");
        }
        String scope = request.scope();
        if (blank(request.clientAssertion()) || blank(request.clientAssertionType()) || blank(request.grantType())
                || blank(scope)) {
            return error(path, null, "invalid_request", "grant_type, client_assertion(_type) and scope are required");
        }
        if (!ASSERTION_TYPE.equals(request.clientAssertionType()) || !"client_credentials".equals(request.grantType())) {
            return error(path, null, "unsupported_grant_type", request.grantType());
        }
        JWTClaimsSet claims;
        try {
            claims = signatures.clientAssertion(request.clientAssertion());
        } catch (ToolSignatures.Rejected e) {
            return error(path, null, "invalid_client", e.getMessage());
        }
        Instant now = clock.instant();
        Instant assertionExpiry = claims.getExpirationTime().toInstant();
        if (!tokens.firstUseOf(claims.getJWTID(), assertionExpiry.plusSeconds(60), now)) {
            return error(path, claims.getSubject(), "invalid_client", "client assertion jti already used");
        }
        List<String> granted = Arrays.stream(scope.trim().split("\\s+")).filter(Scopes.PERMITTED::contains)
                .distinct().toList();
        if (granted.isEmpty()) {
            return error(path, claims.getSubject(), "invalid_scope", scope);
        }
        String token = tokens.issue(claims.getSubject(), granted, now.plus(LIFETIME));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", LIFETIME.toSeconds());
        body.put("scope", String.join(" ", granted));
        log.record("POST", path, claims.getSubject(), 200, "scope=" + scope,
                "token issued for " + String.join(" ", granted));
        return new TokenResponse(200, body);
    }

    private TokenResponse error(String path, String clientId, String code, String why) {
        log.record("POST", path, clientId, 400, null, code + ": " + why);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        return new TokenResponse(400, body);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
