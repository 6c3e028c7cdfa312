package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.LearnerRecords;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** assessment_attempt and its items, competencies, essays and mastery, read and cleared for one person. */
@Repository
class JdbcLearnerRecords implements LearnerRecords {

    /** Stored response JSON of the item types whose answer is text the person typed (ResponseJson). */
    private static final String FREE_TEXT = "response->>'type' IN ('SHORT_ANSWER', 'CORRECT_THE_ERROR', 'ESSAY')";
    private static final String ERASED = "jsonb_build_object('type', response->>'type', 'erased', true)";

    private final JdbcClient jdbc;

    JdbcLearnerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AttemptRecord> attempts(UUID memberId, UUID personId) {
        return jdbc.sql("""
                SELECT id, mode, status, writing, started_at, completed_at, level, scaled_score, score_maximum, valid,
                       extra_time_percent, accessible_items, certification_id
                FROM assessment_attempt WHERE member_id = :member AND user_id = :person ORDER BY started_at""")
                .param("member", memberId).param("person", personId)
                .query((rs, n) -> attempt(rs, memberId)).list();
    }

    private AttemptRecord attempt(ResultSet rs, UUID memberId) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new AttemptRecord(id, rs.getString("mode"), rs.getString("status"), rs.getBoolean("writing"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("completed_at")),
                rs.getObject("level", Integer.class), rs.getObject("scaled_score", Integer.class),
                rs.getObject("score_maximum", Integer.class), rs.getObject("valid", Boolean.class),
                rs.getInt("extra_time_percent"), rs.getBoolean("accessible_items"), rs.getString("certification_id"),
                answers(memberId, id), competencies(memberId, id));
    }

    private List<AnswerRecord> answers(UUID memberId, UUID attemptId) {
        return jdbc.sql("""
                SELECT position, item_id, competency, shown_at, answered_at, CAST(response AS text) AS response,
                       correct, credit
                FROM assessment_attempt_item WHERE member_id = :member AND attempt_id = :attempt ORDER BY position""")
                .param("member", memberId).param("attempt", attemptId)
                .query((rs, n) -> new AnswerRecord(rs.getInt("position"), rs.getObject("item_id", UUID.class),
                        rs.getString("competency"), instant(rs.getTimestamp("shown_at")),
                        instant(rs.getTimestamp("answered_at")), rs.getString("response"),
                        rs.getObject("correct", Boolean.class), rs.getObject("credit", Double.class)))
                .list();
    }

    private List<CompetencyLevel> competencies(UUID memberId, UUID attemptId) {
        return jdbc.sql("""
                SELECT competency, level, item_count FROM assessment_attempt_competency
                WHERE member_id = :member AND attempt_id = :attempt ORDER BY competency""")
                .param("member", memberId).param("attempt", attemptId)
                .query((rs, n) -> new CompetencyLevel(rs.getString("competency"), rs.getInt("level"),
                        rs.getInt("item_count")))
                .list();
    }

    @Override
    public List<EssayRecord> essays(UUID memberId, UUID personId) {
        return jdbc.sql("""
                SELECT attempt_id, position, item_id, text, word_count, submitted_at, total_points, max_points, marked_at
                FROM assessment_essay WHERE member_id = :member AND user_id = :person ORDER BY submitted_at""")
                .param("member", memberId).param("person", personId)
                .query((rs, n) -> new EssayRecord(rs.getObject("attempt_id", UUID.class), rs.getInt("position"),
                        rs.getObject("item_id", UUID.class), rs.getString("text"), rs.getInt("word_count"),
                        instant(rs.getTimestamp("submitted_at")), rs.getObject("total_points", Integer.class),
                        rs.getObject("max_points", Integer.class), instant(rs.getTimestamp("marked_at"))))
                .list();
    }

    @Override
    public List<MasteryRecord> mastery(UUID memberId, UUID personId) {
        return jdbc.sql("""
                SELECT competency, level, item_count, updated_at FROM assessment_mastery
                WHERE member_id = :member AND user_id = :person ORDER BY competency""")
                .param("member", memberId).param("person", personId)
                .query((rs, n) -> new MasteryRecord(rs.getString("competency"), rs.getInt("level"),
                        rs.getInt("item_count"), instant(rs.getTimestamp("updated_at"))))
                .list();
    }

    @Override
    public boolean certifyingInProgress(UUID memberId, UUID personId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM assessment_attempt WHERE member_id = :member AND user_id = :person
                                 AND mode = 'CERTIFICATION' AND status = 'IN_PROGRESS')""")
                .param("member", memberId).param("person", personId).query(Boolean.class).single();
    }

    @Override
    public ErasedTexts eraseFreeTexts(UUID memberId, UUID personId) {
        int essays = jdbc.sql("""
                UPDATE assessment_essay SET text = '' WHERE member_id = :member AND user_id = :person AND text <> ''""")
                .param("member", memberId).param("person", personId).update();
        int freeTexts = jdbc.sql("UPDATE assessment_attempt_item i SET response = " + ERASED + """
                 FROM assessment_attempt a
                WHERE a.member_id = :member AND a.user_id = :person AND i.member_id = a.member_id
                  AND i.attempt_id = a.id AND (i.response->>'erased') IS NULL AND i.""" + FREE_TEXT)
                .param("member", memberId).param("person", personId).update();
        return new ErasedTexts(essays, freeTexts);
    }

    @Override
    public int clearPracticeAnswersBefore(Instant before) {
        Timestamp cutoff = Timestamp.from(before);
        int responses = jdbc.sql("""
                UPDATE assessment_attempt_item i SET response = NULL
                FROM assessment_attempt a
                WHERE a.mode <> 'CERTIFICATION' AND a.started_at < :before AND i.member_id = a.member_id
                  AND i.attempt_id = a.id AND i.response IS NOT NULL""")
                .param("before", cutoff).update();
        int essays = jdbc.sql("""
                UPDATE assessment_essay e SET text = ''
                FROM assessment_attempt a
                WHERE a.mode <> 'CERTIFICATION' AND a.started_at < :before AND e.member_id = a.member_id
                  AND e.attempt_id = a.id AND e.text <> ''""")
                .param("before", cutoff).update();
        return responses + essays;
    }

    @Override
    public int deleteAdmissionsBefore(Instant before) {
        return jdbc.sql("DELETE FROM assessment_attempt_admission WHERE admitted_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
