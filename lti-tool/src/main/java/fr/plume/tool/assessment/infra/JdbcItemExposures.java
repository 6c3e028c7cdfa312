package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.ItemExposures;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exposure counts over every member's attempts (the bank is shared); only counts leave. */
@Repository
class JdbcItemExposures implements ItemExposures {

    private final JdbcClient jdbc;

    JdbcItemExposures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Counts counts(String mode, Instant since) {
        Map<String, Integer> shown = new HashMap<>();
        jdbc.sql("""
                SELECT i.item_id::text AS item, count(DISTINCT i.attempt_id) AS attempts
                  FROM assessment_attempt a
                  JOIN assessment_attempt_item i ON i.attempt_id = a.id AND i.member_id = a.member_id
                 WHERE a.mode = :mode AND a.started_at >= :since AND NOT i.pretest
                 GROUP BY i.item_id""")
                .param("mode", mode).param("since", Timestamp.from(since))
                .query(rs -> {
                    shown.put(rs.getString("item"), rs.getInt("attempts"));
                });
        int attempts = jdbc.sql("""
                SELECT count(DISTINCT a.id) FROM assessment_attempt a
                  JOIN assessment_attempt_item i ON i.attempt_id = a.id AND i.member_id = a.member_id
                 WHERE a.mode = :mode AND a.started_at >= :since AND NOT i.pretest""")
                .param("mode", mode).param("since", Timestamp.from(since))
                .query(Integer.class).single();
        return new Counts(attempts, shown);
    }
}
