package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.ToolKeyStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tool's signing keys (public JWK in clear, private key encrypted by the caller). */
@Repository
public class JdbcToolKeys implements ToolKeyStore {


    private static final String COLUMNS =
            "kid, status, public_jwk, private_key, created_at, activated_at, retired_at, expires_at";

    private final JdbcClient jdbc;

    JdbcToolKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises key changes across nodes for the current transaction. */
    public void lock() {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('lti_tool_key'))) AS locked")
                .query(Integer.class).single();
    }

    public void insert(StoredKey key) {
        jdbc.sql("INSERT INTO lti_tool_key (" + COLUMNS + ") VALUES (:kid, :status, :jwk, :priv, :created, CAST(:activated AS timestamptz), NULL, NULL)")
                .param("kid", key.kid()).param("status", key.status()).param("jwk", key.publicJwk())
                .param("priv", key.encryptedPrivateKey()).param("created", Timestamp.from(key.createdAt()))
                .param("activated", key.activatedAt() == null ? null : key.activatedAt().toString())
                .update();
    }

    public Optional<StoredKey> withStatus(String status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool_key WHERE status = :status")
                .param("status", status).query(JdbcToolKeys::row).optional();
    }

    public Optional<StoredKey> byKid(String kid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool_key WHERE kid = :kid")
                .param("kid", kid).query(JdbcToolKeys::row).optional();
    }

    /** Keys platforms must be able to verify with: NEXT, CURRENT, and RETIRED until they expire. */
    public List<StoredKey> published(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool_key WHERE status <> 'RETIRED' OR expires_at > :now "
                        + "ORDER BY created_at DESC")
                .param("now", Timestamp.from(now)).query(JdbcToolKeys::row).list();
    }

    public List<StoredKey> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool_key ORDER BY created_at DESC")
                .query(JdbcToolKeys::row).list();
    }

    public void retire(String kid, Instant now, Instant expiresAt) {
        jdbc.sql("UPDATE lti_tool_key SET status = 'RETIRED', retired_at = :now, expires_at = :expires WHERE kid = :kid")
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt)).param("kid", kid)
                .update();
    }

    public void activate(String kid, Instant now) {
        jdbc.sql("UPDATE lti_tool_key SET status = 'CURRENT', activated_at = :now WHERE kid = :kid")
                .param("now", Timestamp.from(now)).param("kid", kid).update();
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM lti_tool_key WHERE status = 'RETIRED' AND expires_at <= :now")
                .param("now", Timestamp.from(now)).update();
    }

    private static StoredKey row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredKey(rs.getString("kid"), rs.getString("status"), rs.getString("public_jwk"),
                rs.getBytes("private_key"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("activated_at")), instant(rs.getTimestamp("retired_at")),
                instant(rs.getTimestamp("expires_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
