package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.ScoredResponses;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scored answers streamed row by row (a year of answers is not loaded as objects twice). */
@Repository
class JdbcScoredResponses implements ScoredResponses {

    private final JdbcClient jdbc;

    JdbcScoredResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(Instant from, Instant to, Consumer<ScoredResponse> sink) {
        jdbc.sql("""
                SELECT attempt_id, item_id, correct,
                       CASE WHEN response ->> 'type' = 'SINGLE_CHOICE' THEN (response ->> 'selected')::int END AS chosen
                  FROM assessment_attempt_item
                 WHERE correct IS NOT NULL AND answered_at >= :from AND answered_at < :to
                 ORDER BY attempt_id, position""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    int chosen = rs.getInt("chosen");
                    sink.accept(new ScoredResponse(rs.getObject("attempt_id", UUID.class),
                            rs.getObject("item_id", UUID.class).toString(), rs.getBoolean("correct"),
                            rs.wasNull() ? ScoredResponse.NO_OPTION : chosen));
                });
    }
}
