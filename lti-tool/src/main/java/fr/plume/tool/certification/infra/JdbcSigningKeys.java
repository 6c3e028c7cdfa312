package fr.plume.tool.certification.infra;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The generated PDF signing key (private key encrypted by the caller) and its certificate. */
@Repository
class JdbcSigningKeys {

    record StoredSigningKey(byte[] encryptedPrivateKey, byte[] certificate) {
    }

    private final JdbcClient jdbc;

    JdbcSigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredSigningKey> generated() {
        return jdbc.sql("SELECT private_key, certificate FROM certification_signing_key WHERE id = 'generated'")
                .query((rs, row) -> new StoredSigningKey(rs.getBytes(1), rs.getBytes(2))).optional();
    }

    /** Keeps it unless another node stored one first. */
    void insertIfAbsent(StoredSigningKey key, Instant now) {
        jdbc.sql("""
                INSERT INTO certification_signing_key (id, private_key, certificate, created_at)
                VALUES ('generated', :key, :certificate, :now) ON CONFLICT (id) DO NOTHING""")
                .param("key", key.encryptedPrivateKey()).param("certificate", key.certificate())
                .param("now", Timestamp.from(now)).update();
    }
}
