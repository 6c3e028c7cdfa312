package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.domain.DoubleMarking;
import fr.plume.tool.assessment.domain.EssayMark;
import fr.plume.tool.assessment.domain.EssayMarks;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marks of certification essays. Every statement filters on member_id. */
@Repository
class JdbcEssayMarks implements EssayMarks {

    private final JdbcClient jdbc;

    JdbcEssayMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean doubleMarked(UUID memberId, UUID attemptId) {
        return jdbc.sql("SELECT count(*) FROM assessment_attempt WHERE member_id = :member AND id = :attempt"
                        + " AND mode = 'CERTIFICATION'")
                .param("member", memberId).param("attempt", attemptId).query(Integer.class).single() > 0;
    }

    @Override
    public List<EssayMark> lockMarks(UUID memberId, UUID attemptId, int position) {
        jdbc.sql("SELECT 1 FROM assessment_essay WHERE member_id = :member AND attempt_id = :attempt"
                        + " AND position = :position FOR UPDATE")
                .param("member", memberId).param("attempt", attemptId).param("position", position)
                .query(Integer.class).optional();
        return jdbc.sql("""
                SELECT round, marked_by, points, total_points, max_points, level, marked_at FROM assessment_essay_mark
                 WHERE member_id = :member AND attempt_id = :attempt AND position = :position ORDER BY round""")
                .param("member", memberId).param("attempt", attemptId).param("position", position)
                .query(JdbcEssayMarks::mark).list();
    }

    @Override
    public void add(UUID memberId, UUID attemptId, int position, EssayMark mark) {
        jdbc.sql("""
                INSERT INTO assessment_essay_mark (attempt_id, position, member_id, round, marked_by, points,
                       total_points, max_points, level, marked_at)
                VALUES (:attempt, :position, :member, :round, :by, :points, :total, :max, :level, :at)""")
                .param("attempt", attemptId).param("position", position).param("member", memberId)
                .param("round", mark.round()).param("by", mark.markedBy())
                .param("points", mark.points().toArray(Integer[]::new)).param("total", mark.total())
                .param("max", mark.maximum()).param("level", mark.level()).param("at", Timestamp.from(mark.markedAt()))
                .update();
    }

    @Override
    public Map<String, List<UUID>> markersOfPending(UUID memberId, UUID contextId) {
        Map<String, List<UUID>> markers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.attempt_id, e.position, m.marked_by FROM assessment_essay e
                  JOIN assessment_attempt a ON a.id = e.attempt_id AND a.member_id = e.member_id
                  LEFT JOIN assessment_essay_mark m ON m.member_id = e.member_id AND m.attempt_id = e.attempt_id
                       AND m.position = e.position
                 WHERE e.member_id = :member AND e.context_id = :context AND e.marked_at IS NULL
                   AND a.mode = 'CERTIFICATION'""")
                .param("member", memberId).param("context", contextId)
                .query((rs, row) -> {
                    List<UUID> list = markers.computeIfAbsent(EssayMarks.key(rs.getObject("attempt_id", UUID.class),
                            rs.getInt("position")), k -> new ArrayList<>());
                    UUID by = rs.getObject("marked_by", UUID.class);
                    if (by != null) {
                        list.add(by);
                    }
                    return row;
                }).list();
        return markers;
    }

    @Override
    public AttemptMarking ofAttempt(UUID memberId, UUID attemptId) {
        List<Integer> levels = new ArrayList<>();
        int[] counts = new int[2];
        jdbc.sql("SELECT position, total_points, max_points, marked_at FROM assessment_essay"
                        + " WHERE member_id = :member AND attempt_id = :attempt ORDER BY position")
                .param("member", memberId).param("attempt", attemptId)
                .query((rs, row) -> {
                    counts[0]++;
                    if (rs.getTimestamp("marked_at") != null) {
                        levels.add(DoubleMarking.level(rs.getInt("total_points"), rs.getInt("max_points")));
                    }
                    return row;
                }).list();
        counts[1] = jdbc.sql("""
                SELECT count(*) FROM (SELECT position FROM assessment_essay_mark
                 WHERE member_id = :member AND attempt_id = :attempt
                 GROUP BY position HAVING count(*) = 2
                    AND max(level) - min(level) > :gap) waiting""")
                .param("member", memberId).param("attempt", attemptId).param("gap", DoubleMarking.TOLERATED_GAP)
                .query(Integer.class).single();
        return new AttemptMarking(counts[0], levels.size(), counts[1], levels);
    }

    private static EssayMark mark(ResultSet rs, int row) throws SQLException {
        Array points = rs.getArray("points");
        return new EssayMark(rs.getInt("round"), rs.getObject("marked_by", UUID.class),
                Arrays.asList((Integer[]) points.getArray()), rs.getInt("total_points"), rs.getInt("max_points"),
                rs.getInt("level"), rs.getTimestamp("marked_at").toInstant());
    }
}
