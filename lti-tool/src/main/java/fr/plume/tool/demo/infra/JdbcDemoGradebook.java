package fr.plume.tool.demo.infra;

import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.ScoreRules;
import fr.plume.tool.demo.domain.ScoreSubmission;
import fr.plume.tool.demo.domain.ScoreVerdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Grades of the demo gradebook, and the intake of scores sent by the tool. */
@Repository
@Profile("demo")
public class JdbcDemoGradebook {

    private final JdbcClient jdbc;
    private final JdbcDemoLineItems lineItems;
    private final Clock clock;

    JdbcDemoGradebook(JdbcClient jdbc, JdbcDemoLineItems lineItems, Clock clock) {
        this.jdbc = jdbc;
        this.lineItems = lineItems;
        this.clock = clock;
    }

    /**
     * Judges and stores a score with the column locked, so two concurrent scores for one user are
     * ordered by the 409 rule instead of racing. Empty when the column does not exist.
     */
    @Transactional
    public Optional<ScoreVerdict> receive(String courseId, long lineItemId, Map<String, Object> body) {
        Optional<LineItem> item = lineItems.lock(courseId, lineItemId);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Object user = body == null ? null : body.get("userId");
        Optional<Grade> current = user == null ? Optional.empty() : find(lineItemId, String.valueOf(user));
        ScoreVerdict verdict = ScoreRules.judge(body, courseId, lineItemId, current);
        if (verdict instanceof ScoreVerdict.Accepted accepted) {
            store(lineItemId, accepted.score());
        }
        return Optional.of(verdict);
    }

    public Optional<Grade> find(long lineItemId, String userId) {
        return jdbc.sql("SELECT * FROM demo_grade WHERE line_item_id = :item AND user_id = :user")
                .param("item", lineItemId).param("user", userId).query((rs, n) -> map(rs)).optional();
    }

    public List<Grade> inCourse(String courseId) {
        return jdbc.sql("""
                SELECT g.* FROM demo_grade g JOIN demo_line_item li ON li.id = g.line_item_id
                 WHERE li.course_id = :course ORDER BY g.line_item_id, g.user_id""")
                .param("course", courseId).query((rs, n) -> map(rs)).list();
    }

    private void store(long lineItemId, ScoreSubmission score) {
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
