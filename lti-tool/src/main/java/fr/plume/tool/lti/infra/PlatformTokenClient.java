package fr.plume.tool.lti.infra;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.ags.domain.DeliveryOutcome;
import fr.plume.tool.lti.domain.AccessToken;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.TokenUnavailable;
import fr.plume.tool.lti.domain.ToolSigner;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for LTI services by the OAuth 2 client_credentials grant with a signed JWT
 * client assertion (1EdTech Security Framework §4.1, RFC 7523). Tokens are cached per
 * registration and scope set until shortly before they expire; the cache is per JVM because a
 * token is only an optimisation — any node can fetch its own.
 */
@Component
public class PlatformTokenClient {

    private static final Logger log = LoggerFactory.getLogger(PlatformTokenClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Key(UUID registrationId, List<String> scopes) {
    }

    private final PlatformHttp http;
    private final ToolSigner toolKeys;
    private final Clock clock;
    private final Map<Key, AccessToken> cache = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();

    PlatformTokenClient(PlatformHttp http, ToolSigner toolKeys, Clock clock) {
        this.http = http;
        this.toolKeys = toolKeys;
        this.clock = clock;
    }

    /** A usable token for these (sorted) scopes, from the cache or freshly fetched. */
    public AccessToken token(RegistrationView registration, List<String> scopes) throws TokenUnavailable {
        Key key = new Key(registration.id(), scopes);
        AccessToken cached = cache.get(key);
        if (cached != null && cached.usableAt(clock.instant())) {
            return cached;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = cache.get(key);
            if (cached != null && cached.usableAt(clock.instant())) {
                return cached;
            }
            AccessToken fresh = fetch(registration, scopes);
            cache.put(key, fresh);
            return fresh;
        }
    }

    /** Forgets a token the platform refused (401), so the next call fetches a new one. */
    public void invalidate(RegistrationView registration, List<String> scopes, AccessToken refused) {
        cache.remove(new Key(registration.id(), scopes), refused);
    }

    String assertion(RegistrationView registration) {
        Instant now = clock.instant();
        // iat backdated a few seconds: platform clocks lag behind ours (Security Framework §5.1.3
        // lets verifiers refuse tokens issued in the future).
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId())
                .subject(registration.clientId())
                .audience(registration.tokenEndpoint().toString())
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        return toolKeys.sign(claims);
    }

    private AccessToken fetch(RegistrationView registration, List<String> scopes) throws TokenUnavailable {
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + encode(assertion(registration))
                + "&scope=" + encode(String.join(" ", scopes));
        HttpRequest request = http.request(registration.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request);
        } catch (IOException e) {
            throw new TokenUnavailable(0, true, "token endpoint unreachable: " + e.getClass().getSimpleName());
        }
        int status = response.statusCode();
        if (status != 200) {
            boolean retryable = status == 429 || status >= 500;
            log.warn("event=lti.ags.token.refused registration={} status={}", registration.id(), status);
            throw new TokenUnavailable(status, retryable, "token endpoint answered HTTP " + status
                    + DeliveryOutcome.excerpt(response.body()));
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String value = body.path("access_token").asString(null);
            if (value == null || value.isBlank()) {
                throw new TokenUnavailable(status, false, "token response without access_token");
            }
            long expiresIn = body.path("expires_in").asLong(3600);
            log.info("event=lti.ags.token.fetched registration={} expiresIn={}", registration.id(), expiresIn);
            return new AccessToken(value, clock.instant().plusSeconds(expiresIn));
        } catch (tools.jackson.core.JacksonException e) {
            throw new TokenUnavailable(status, true, "token response is not JSON");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
