package fr.plume.tool.lti.infra;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bounds refetches of a platform JWKS across every node: an attacker sending tokens with random
 * kids must not turn the tool into a request amplifier against the platform.
 */
@Repository
public class JdbcJwksFetchLimiter {

    private final JdbcClient jdbc;

    JdbcJwksFetchLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True (and the fetch recorded) when no node fetched this JWKS within {@code interval}. */
    public boolean tryAcquire(String jwksUri, Instant now, Duration interval) {
        return jdbc.sql("""
                        INSERT INTO lti_jwks_fetch (jwks_uri, last_fetched_at) VALUES (:uri, :now)
                        ON CONFLICT (jwks_uri) DO UPDATE SET last_fetched_at = EXCLUDED.last_fetched_at
                        WHERE lti_jwks_fetch.last_fetched_at <= :threshold
                        """)
                .param("uri", jwksUri).param("now", Timestamp.from(now))
                .param("threshold", Timestamp.from(now.minus(interval)))
                .update() == 1;
    }

    public void recordFetch(String jwksUri, Instant now) {
        jdbc.sql("""
                        INSERT INTO lti_jwks_fetch (jwks_uri, last_fetched_at) VALUES (:uri, :now)
                        ON CONFLICT (jwks_uri) DO UPDATE SET last_fetched_at = EXCLUDED.last_fetched_at
                        """)
                .param("uri", jwksUri).param("now", Timestamp.from(now)).update();
    }
}
