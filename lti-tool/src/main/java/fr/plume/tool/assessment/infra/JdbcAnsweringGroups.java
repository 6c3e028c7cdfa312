package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.AnsweringGroups;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member and accommodations of the attempts answered in a window (the same window as JdbcScoredResponses). */
@Repository
class JdbcAnsweringGroups implements AnsweringGroups {

    private final JdbcClient jdbc;

    JdbcAnsweringGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, AttemptGroup> of(Instant from, Instant to) {
        Map<UUID, AttemptGroup> groups = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, a.member_id, a.accessible_items OR a.extra_time_percent > 0 AS accommodated
                  FROM assessment_attempt a
                 WHERE EXISTS (SELECT 1 FROM assessment_attempt_item i
                                WHERE i.attempt_id = a.id AND i.correct IS NOT NULL
                                  AND i.answered_at >= :from AND i.answered_at < :to)""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    groups.put(rs.getObject("id", UUID.class), new AttemptGroup(rs.getObject("member_id", UUID.class),
                            rs.getBoolean("accommodated")));
                });
        return groups;
    }
}
