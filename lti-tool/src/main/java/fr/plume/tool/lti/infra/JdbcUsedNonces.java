package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.UsedNonces;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nonces already spent per issuer, kept until after the token they came in could still be valid. */
@Repository
public class JdbcUsedNonces implements UsedNonces {

    private final JdbcClient jdbc;

    JdbcUsedNonces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a launch already spent this nonce (JdbcLaunchRecords#record spends it with the launch). */
    public boolean spent(String issuer, String nonce) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM lti_used_nonce WHERE issuer = :issuer AND nonce = :nonce)")
                .param("issuer", issuer).param("nonce", nonce).query(Boolean.class).single();
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM lti_used_nonce WHERE expires_at < :now")
                .param("now", Timestamp.from(now)).update();
    }
}
