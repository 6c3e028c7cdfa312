package fr.plume.tool.demo.infra;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.AccessTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Access tokens of the token endpoint (only their hash is kept) and client assertion ids seen. */
@Repository
@Profile("demo")
class JdbcDemoAccessTokens implements AccessTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcDemoAccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String issue(String clientId, List<String> scopes, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("DELETE FROM demo_access_token WHERE expires_at < :now").param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("INSERT INTO demo_access_token (token_hash, client_id, scopes, expires_at) VALUES (:h, :c, :s, :e)")
                .param("h", hash(token)).param("c", clientId).param("s", String.join(" ", scopes))
                .param("e", Timestamp.from(expiresAt)).update();
        return token;
    }

    @Override
    public Optional<AccessGrant> find(String token, Instant now) {
        return jdbc.sql("SELECT client_id, scopes, expires_at FROM demo_access_token WHERE token_hash = :h AND expires_at > :now")
                .param("h", hash(token)).param("now", Timestamp.from(now))
                .query((rs, n) -> new AccessGrant(rs.getString("client_id"), List.of(rs.getString("scopes").split(" ")),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    @Override
    public boolean firstUseOf(String jti, Instant expiresAt, Instant now) {
        jdbc.sql("DELETE FROM demo_client_assertion WHERE expires_at < :now").param("now", Timestamp.from(now)).update();
        return jdbc.sql("INSERT INTO demo_client_assertion (jti, expires_at) VALUES (:jti, :e) ON CONFLICT DO NOTHING")
                .param("jti", jti).param("e", Timestamp.from(expiresAt)).update() == 1;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
