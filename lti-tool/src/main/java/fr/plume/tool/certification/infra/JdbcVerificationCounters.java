package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.VerificationCounters;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Verification requests per client and window, added by one atomic upsert from any node. */
@Repository
public class JdbcVerificationCounters implements VerificationCounters {

    private final JdbcClient jdbc;

    JdbcVerificationCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int add(String client, Instant windowStart, int requests) {
        return jdbc.sql("""
                INSERT INTO certification_verification_counter AS c (client, window_start, requests)
                VALUES (:client, :window, :requests)
                ON CONFLICT (client, window_start) DO UPDATE SET requests = c.requests + :requests
                RETURNING requests""")
                .param("client", client).param("window", Timestamp.from(windowStart)).param("requests", requests)
                .query(Integer.class).single();
    }

    @Override
    public int count(String client, Instant windowStart) {
        return jdbc.sql("""
                SELECT coalesce(sum(requests), 0) FROM certification_verification_counter
                WHERE client = :client AND window_start = :window""")
                .param("client", client).param("window", Timestamp.from(windowStart)).query(Integer.class).single();
    }

    @Override
    public int deleteBefore(Instant windowStart) {
        return jdbc.sql("DELETE FROM certification_verification_counter WHERE window_start < :window")
                .param("window", Timestamp.from(windowStart)).update();
    }
}
