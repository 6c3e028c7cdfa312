package fr.plume.tool.lti.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.lti.domain.PlatformKeys;
import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Platform JWKS, cached per JWKS URL in this JVM. An unknown kid triggers a refetch (the platform
 * may have rotated), but at most one per {@code plume.lti.jwks-refetch-interval} for all nodes
 * together, counted in PostgreSQL.
 */
@Component
public class CachedPlatformKeys implements PlatformKeys {

    private static final Logger log = LoggerFactory.getLogger(CachedPlatformKeys.class);
    private static final int MAX_JWKS_BYTES = 256 * 1024;

    private record Cached(JWKSet keys, Instant fetchedAt) {
    }

    /** Bounds the converted keys kept; platforms publish a handful each. */
    private static final int MAX_CACHED_KEYS = 256;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<RSAKey, RSAPublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final JdbcJwksFetchLimiter limiter;
    private final LtiSettings properties;
    private final Clock clock;
    private final DefaultResourceRetriever retriever;

    CachedPlatformKeys(JdbcJwksFetchLimiter limiter, LtiSettings properties, Clock clock) {
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
        int timeout = (int) properties.httpTimeout().toMillis();
        this.retriever = new DefaultResourceRetriever(timeout, timeout, MAX_JWKS_BYTES);
    }

    @Override
    public Optional<RSAKey> key(RegistrationView registration, String kid) {
        String uri = registration.jwksUri().toString();
        Instant now = clock.instant();
        Cached cached = cache.get(uri);
        if (cached == null || now.isAfter(cached.fetchedAt().plus(properties.jwksCacheLifetime()))) {
            synchronized (locks.computeIfAbsent(uri, u -> new Object())) {
                cached = cache.get(uri);
                if (cached == null || now.isAfter(cached.fetchedAt().plus(properties.jwksCacheLifetime()))) {
                    cached = fetch(uri, now);
                    limiter.recordFetch(uri, now);
                }
            }
        }
        Optional<RSAKey> found = find(cached.keys(), kid);
        if (found.isPresent()) {
            return found;
        }
        synchronized (locks.computeIfAbsent(uri, u -> new Object())) {
            Cached latest = cache.get(uri);
            if (latest != null && latest != cached) {
                found = find(latest.keys(), kid);
                if (found.isPresent()) {
                    return found;
                }
            }
            if (!limiter.tryAcquire(uri, now, properties.jwksRefetchInterval())) {
                log.info("event=lti.jwks.refetch-throttled registration={}", registration.id());
                return Optional.empty();
            }
            return find(fetch(uri, now).keys(), kid);
        }
    }

    /** One public key per platform JWK: building it decodes the modulus every time. */
    @Override
    public RSAPublicKey publicKey(RSAKey key) throws JOSEException {
        RSAPublicKey publicKey = publicKeys.get(key);
        if (publicKey == null) {
            if (publicKeys.size() > MAX_CACHED_KEYS) {
                publicKeys.clear();
            }
            publicKey = key.toRSAPublicKey();
            publicKeys.put(key, publicKey);
        }
        return publicKey;
    }

    /** Forgets cached keys (tests, or an administrator who knows the platform rotated). */
    public void evict(String jwksUri) {
        cache.remove(jwksUri);
    }

    private Cached fetch(String uri, Instant now) {
        try {
            Resource resource = retriever.retrieveResource(new java.net.URL(uri));
            Cached fetched = new Cached(JWKSet.parse(resource.getContent()), now);
            cache.put(uri, fetched);
            log.info("event=lti.jwks.fetched keys={}", fetched.keys().getKeys().size());
            return fetched;
        } catch (IOException | ParseException e) {
            log.warn("event=lti.jwks.unavailable reason={}", e.getClass().getSimpleName());
            throw new LaunchRejected("LTI-JWKS-UNAVAILABLE", 502);
        }
    }

    private static Optional<RSAKey> find(JWKSet set, String kid) {
        JWK key = set.getKeyByKeyId(kid);
        if (!(key instanceof RSAKey rsa) || KeyUse.ENCRYPTION.equals(rsa.getKeyUse())) {
            return Optional.empty();
        }
        if (rsa.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(rsa.getAlgorithm())) {
            return Optional.empty();
        }
        return Optional.of(rsa);
    }
}
