package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.Essays;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Essays written in practice and their marks. Every statement filters on member_id; the teaching
 * team's statements also filter on the course context. The text is never logged.
 */
@Repository
class JdbcEssays implements Essays {

    private static final String COLUMNS = """
            attempt_id, position, member_id, user_id, context_id, item_id, text, word_count, submitted_at, points,
            total_points, max_points, marked_by, marked_at""";

    private final JdbcClient jdbc;

    JdbcEssays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Essay essay) {
        jdbc.sql("""
                INSERT INTO assessment_essay (attempt_id, position, member_id, user_id, context_id, item_id, text,
                    word_count, submitted_at)
                VALUES (:attempt, :position, :member, :user, :context, :item, :text, :words, :at)""")
                .param("attempt", essay.attemptId()).param("position", essay.position())
                .param("member", essay.memberId()).param("user", essay.userId()).param("context", essay.contextId())
                .param("item", essay.itemId()).param("text", essay.text()).param("words", essay.wordCount())
                .param("at", Timestamp.from(essay.submittedAt()))
                .update();
    }

    /** The essay of one attempt of this student (a writing session holds one). */
    @Override
    public Optional<Essay> ofAttempt(UUID memberId, UUID userId, UUID attemptId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_essay"
                        + " WHERE member_id = :member AND user_id = :user AND attempt_id = :attempt ORDER BY position LIMIT 1")
                .param("member", memberId).param("user", userId).param("attempt", attemptId)
                .query(JdbcEssays::essay).optional();
    }

    /** Essays of the course's students still to mark, oldest first. */
    @Override
    public List<Essay> toMark(UUID memberId, UUID contextId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_essay"
                        + " WHERE member_id = :member AND context_id = :context AND marked_at IS NULL"
                        + " ORDER BY submitted_at, attempt_id")
                .param("member", memberId).param("context", contextId)
                .query(JdbcEssays::essay).list();
    }

    @Override
    public Optional<Essay> inCourse(UUID memberId, UUID contextId, UUID attemptId, int position) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_essay WHERE member_id = :member"
                        + " AND context_id = :context AND attempt_id = :attempt AND position = :position")
                .param("member", memberId).param("context", contextId).param("attempt", attemptId)
                .param("position", position)
                .query(JdbcEssays::essay).optional();
    }

    @Override
    public long markedCount(UUID memberId, UUID contextId) {
        return jdbc.sql("SELECT count(*) FROM assessment_essay WHERE member_id = :member AND context_id = :context"
                        + " AND marked_at IS NOT NULL")
                .param("member", memberId).param("context", contextId)
                .query(Long.class).single();
    }

    /** Records the marks; false when the essay is not in this member's course. */
    @Override
    public boolean mark(UUID memberId, UUID contextId, UUID attemptId, int position, List<Integer> points,
            int maxPoints, UUID markedBy, Instant at) {
        return jdbc.sql("""
                UPDATE assessment_essay SET points = :points, total_points = :total, max_points = :max,
                       marked_by = :by, marked_at = :at
                 WHERE member_id = :member AND context_id = :context AND attempt_id = :attempt AND position = :position""")
                .param("points", points.toArray(Integer[]::new))
                .param("total", points.stream().mapToInt(Integer::intValue).sum()).param("max", maxPoints)
                .param("by", markedBy).param("at", Timestamp.from(at)).param("member", memberId)
                .param("context", contextId).param("attempt", attemptId).param("position", position)
                .update() == 1;
    }

    private static Essay essay(ResultSet rs, int row) throws SQLException {
        Array points = rs.getArray("points");
        List<Integer> values = points == null ? null : Arrays.asList((Integer[]) points.getArray());
        Timestamp markedAt = rs.getTimestamp("marked_at");
        Integer total = (Integer) rs.getObject("total_points");
        Integer max = (Integer) rs.getObject("max_points");
        return new Essay(rs.getObject("attempt_id", UUID.class), rs.getInt("position"),
                rs.getObject("member_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("context_id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("text"),
                rs.getInt("word_count"), rs.getTimestamp("submitted_at").toInstant(),
                markedAt == null ? null : new Essay.Marks(values, total, max, rs.getObject("marked_by", UUID.class),
                        markedAt.toInstant()));
    }
}
