package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.CertificationResult;
import fr.plume.tool.assessment.api.CertificationResults;
import fr.plume.tool.assessment.domain.CertificationResultStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certification results held until published. Every statement filters on member_id (DESIGN §4). */
@Repository
class JdbcCertificationResults implements CertificationResults, CertificationResultStore {

    private static final String RESULT = """
            SELECT a.id, a.member_id, a.user_id, a.context_id, a.resource_link_id, a.certification_id, a.scaled_score,
                   a.score_maximum, a.level, a.completed_at, r.published_at
              FROM assessment_certification_result r
              JOIN assessment_attempt a ON a.id = r.attempt_id AND a.member_id = r.member_id
            """;

    private final JdbcClient jdbc;

    JdbcCertificationResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the result of a completed certifying attempt as awaiting publication, in the caller's transaction. */
    @Override
    public void holdForPublication(UUID memberId, UUID attemptId, Instant at) {
        jdbc.sql("""
                INSERT INTO assessment_certification_result (attempt_id, member_id, status, recorded_at)
                VALUES (:attempt, :member, 'AWAITING_PUBLICATION', :at) ON CONFLICT DO NOTHING""")
                .param("attempt", attemptId).param("member", memberId).param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public List<CertificationResult> awaitingPublication(UUID memberId) {
        return jdbc.sql(RESULT + " WHERE r.member_id = :member AND r.status = 'AWAITING_PUBLICATION'"
                        + " ORDER BY r.recorded_at, a.id")
                .param("member", memberId).query(JdbcCertificationResults::result).list();
    }

    /** The result, its row locked until the transaction ends: one publication at a time. */
    @Override
    public Optional<CertificationResult> lock(UUID memberId, UUID attemptId) {
        return jdbc.sql(RESULT + " WHERE r.member_id = :member AND r.attempt_id = :attempt FOR UPDATE OF r")
                .param("member", memberId).param("attempt", attemptId)
                .query(JdbcCertificationResults::result).optional();
    }

    /** Marks the result published; false when it already was. */
    @Override
    public boolean markPublished(UUID memberId, UUID attemptId, Instant at, String publishedBy, int publishedScore) {
        return jdbc.sql("""
                UPDATE assessment_certification_result
                   SET status = 'PUBLISHED', published_at = :at, published_by = :by, published_score = :score
                 WHERE member_id = :member AND attempt_id = :attempt AND status = 'AWAITING_PUBLICATION'""")
                .param("at", Timestamp.from(at)).param("by", publishedBy).param("score", publishedScore)
                .param("member", memberId).param("attempt", attemptId)
                .update() == 1;
    }

    private static CertificationResult result(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new CertificationResult(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("context_id", UUID.class),
                rs.getObject("resource_link_id", UUID.class), rs.getString("certification_id"),
                rs.getInt("scaled_score"), rs.getInt("score_maximum"), rs.getInt("level"),
                rs.getTimestamp("completed_at").toInstant(), published == null ? null : published.toInstant());
    }
}
