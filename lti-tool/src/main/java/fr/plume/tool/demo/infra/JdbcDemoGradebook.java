package fr.plume.tool.demo.infra;

import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.Gradebook;
import fr.plume.tool.demo.domain.ScoreSubmission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grades of the demo gradebook in PostgreSQL, with the time each score was received. */
@Repository
@Profile("demo")
class JdbcDemoGradebook implements Gradebook {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDemoGradebook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Grade> find(long lineItemId, String userId) {
        return jdbc.sql("SELECT * FROM demo_grade WHERE line_item_id = :item AND user_id = :user")
                .param("item", lineItemId).param("user", userId).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<Grade> inCourse(String courseId) {
        return jdbc.sql("""
                SELECT g.* FROM demo_grade g JOIN demo_line_item li ON li.id = g.line_item_id
                 WHERE li.course_id = :course ORDER BY g.line_item_id, g.user_id""")
                .param("course", courseId).query((rs, n) -> map(rs)).list();
    }

    @Override
    public void store(long lineItemId, ScoreSubmission score) {
        jdbc.sql("""
                INSERT INTO demo_grade (line_item_id, user_id, score_given, score_maximum, comment, activity_progress,
                                        grading_progress, score_timestamp, received_at)
                VALUES (:item, :user, :given, :max, :comment, :activity, :grading, :timestamp, :received)
                ON CONFLICT (line_item_id, user_id) DO UPDATE SET
                    score_given = excluded.score_given, score_maximum = excluded.score_maximum,
                    comment = excluded.comment, activity_progress = excluded.activity_progress,
                    grading_progress = excluded.grading_progress, score_timestamp = excluded.score_timestamp,
                    received_at = excluded.received_at""")
                .param("item", lineItemId).param("user", score.userId()).param("given", score.scoreGiven())
                .param("max", score.scoreMaximum()).param("comment", score.comment())
                .param("activity", score.activityProgress()).param("grading", score.gradingProgress())
                .param("timestamp", Timestamp.from(score.timestamp()))
                .param("received", Timestamp.from(clock.instant()))
                .update();
    }

    private static Grade map(ResultSet rs) throws SQLException {
        java.math.BigDecimal given = rs.getBigDecimal("score_given");
        return new Grade(rs.getLong("line_item_id"), rs.getString("user_id"),
                given == null ? null : given.stripTrailingZeros(), rs.getBigDecimal("score_maximum").stripTrailingZeros(),
                rs.getString("comment"), rs.getString("activity_progress"), rs.getString("grading_progress"),
                rs.getTimestamp("score_timestamp").toInstant(), rs.getTimestamp("received_at").toInstant());
    }
}
