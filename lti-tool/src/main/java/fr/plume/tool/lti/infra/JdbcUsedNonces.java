package fr.plume.tool.lti.infra;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nonces already seen per issuer, kept until after the token they came in could still be valid. */
@Repository
public class JdbcUsedNonces {

    private final JdbcClient jdbc;

    JdbcUsedNonces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time (issuer, nonce) is seen; false on replay, whichever node saw it first. */
    public boolean firstUse(String issuer, String nonce, Instant keepUntil) {
        return jdbc.sql("""
                        INSERT INTO lti_used_nonce (issuer, nonce, expires_at) VALUES (:issuer, :nonce, :until)
                        ON CONFLICT DO NOTHING
                        """)
                .param("issuer", issuer).param("nonce", nonce).param("until", Timestamp.from(keepUntil))
                .update() == 1;
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM lti_used_nonce WHERE expires_at < :now")
                .param("now", Timestamp.from(now)).update();
    }
}
