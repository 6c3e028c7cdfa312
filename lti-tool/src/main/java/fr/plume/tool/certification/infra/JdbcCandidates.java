package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.Rescore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Candidates; every statement filters on member_id (DESIGN §4). */
@Repository
class JdbcCandidates implements Candidates {

    private static final String CANDIDATE = """
            SELECT c.id, c.member_id, c.session_id, c.platform_subject, c.user_id, c.holder_name, c.extra_time_percent,
                   c.accessible_items, c.eligible, c.ineligible_reason, c.status, c.attempt_id, c.decision,
                   c.decision_reason, c.neutralised_items
              FROM certification_candidate c
            """;

    private final JdbcClient jdbc;

    JdbcCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Candidate c, Instant at) {
        jdbc.sql("""
                INSERT INTO certification_candidate (id, member_id, session_id, platform_subject, user_id, holder_name,
                       extra_time_percent, accessible_items, eligible, ineligible_reason, status, enrolled_at, updated_at)
                VALUES (:id, :member, :session, :subject, :user, :name, :extra, :accessible, :eligible, :reason,
                        :status, :at, :at)""")
                .param("id", c.id()).param("member", c.memberId()).param("session", c.sessionId())
                .param("subject", c.platformSubject()).param("user", c.userId()).param("name", c.holderName())
                .param("extra", c.extraTimePercent()).param("accessible", c.accessibleItems())
                .param("eligible", c.eligible()).param("reason", c.ineligibleReason())
                .param("status", c.status().name()).param("at", Timestamp.from(at)).update();
    }

    @Override
    public Optional<Candidate> find(UUID memberId, UUID id) {
        return jdbc.sql(CANDIDATE + " WHERE c.member_id = :member AND c.id = :id").param("member", memberId)
                .param("id", id).query(JdbcCandidates::candidate).optional();
    }

    @Override
    public Optional<Candidate> lock(UUID memberId, UUID id) {
        return jdbc.sql(CANDIDATE + " WHERE c.member_id = :member AND c.id = :id FOR UPDATE").param("member", memberId)
                .param("id", id).query(JdbcCandidates::candidate).optional();
    }

    @Override
    public List<Candidate> ofSession(UUID memberId, UUID sessionId) {
        return jdbc.sql(CANDIDATE + " WHERE c.member_id = :member AND c.session_id = :session"
                        + " ORDER BY c.holder_name, c.id")
                .param("member", memberId).param("session", sessionId).query(JdbcCandidates::candidate).list();
    }

    @Override
    public Optional<Candidate> byAttempt(UUID memberId, UUID attemptId) {
        return jdbc.sql(CANDIDATE + " WHERE c.member_id = :member AND c.attempt_id = :attempt")
                .param("member", memberId).param("attempt", attemptId).query(JdbcCandidates::candidate).optional();
    }

    @Override
    public int count(UUID memberId, UUID sessionId) {
        return jdbc.sql("SELECT count(*) FROM certification_candidate WHERE member_id = :member AND session_id = :s")
                .param("member", memberId).param("s", sessionId).query(Integer.class).single();
    }

    @Override
    public Optional<Candidate> bySubject(UUID memberId, UUID sessionId, String subject) {
        return jdbc.sql(CANDIDATE + " WHERE c.member_id = :member AND c.session_id = :s AND c.platform_subject = :sub")
                .param("member", memberId).param("s", sessionId).param("sub", subject)
                .query(JdbcCandidates::candidate).optional();
    }

    @Override
    public Optional<Candidate> byUser(UUID memberId, UUID sessionId, UUID userId) {
        return jdbc.sql(CANDIDATE + " WHERE c.member_id = :member AND c.session_id = :s AND c.user_id = :u")
                .param("member", memberId).param("s", sessionId).param("u", userId)
                .query(JdbcCandidates::candidate).optional();
    }

    @Override
    public Optional<Candidate> lockOpenCandidacy(UUID memberId, UUID userId, String certificationId) {
        return jdbc.sql(CANDIDATE + """
                  JOIN certification_session s ON s.id = c.session_id AND s.member_id = c.member_id
                 WHERE c.member_id = :member AND c.user_id = :u AND s.certification_id = :cert
                   AND s.status = 'SCHEDULED'
                 ORDER BY s.starts_at DESC LIMIT 1 FOR UPDATE OF c""")
                .param("member", memberId).param("u", userId).param("cert", certificationId)
                .query(JdbcCandidates::candidate).optional();
    }

    @Override
    public void linkUser(UUID memberId, UUID candidateId, UUID userId, boolean eligible, String reason, Instant at) {
        jdbc.sql("""
                UPDATE certification_candidate SET user_id = :u, eligible = :e, ineligible_reason = :r, updated_at = :at
                 WHERE member_id = :m AND id = :id""")
                .param("u", userId).param("e", eligible).param("r", reason).param("at", Timestamp.from(at)).param("m", memberId).param("id", candidateId)
                .update();
    }

    @Override
    public void changeStatus(UUID memberId, UUID candidateId, CandidateStatus status, Instant at) {
        jdbc.sql("UPDATE certification_candidate SET status = :s, updated_at = :at WHERE member_id = :m AND id = :id")
                .param("s", status.name()).param("at", Timestamp.from(at)).param("m", memberId)
                .param("id", candidateId).update();
    }

    @Override
    public void attachAttempt(UUID memberId, UUID candidateId, UUID attemptId, Instant at) {
        jdbc.sql("""
                UPDATE certification_candidate SET attempt_id = :a, status = 'STARTED', updated_at = :at
                 WHERE member_id = :m AND id = :id""")
                .param("a", attemptId).param("at", Timestamp.from(at)).param("m", memberId).param("id", candidateId)
                .update();
    }

    @Override
    public void decide(UUID memberId, UUID candidateId, Decision decision, String reason, int neutralised, Instant at) {
        jdbc.sql("""
                UPDATE certification_candidate SET decision = :d, decision_reason = :r, neutralised_items = :n,
                       updated_at = :at WHERE member_id = :m AND id = :id""")
                .param("d", decision.name()).param("r", reason).param("n", neutralised).param("at", Timestamp.from(at))
                .param("m", memberId).param("id", candidateId).update();
    }

    @Override
    public List<Candidate> withDecision(Decision decision, int limit) {
        return jdbc.sql(CANDIDATE + """
                  JOIN certification_session s ON s.id = c.session_id AND s.member_id = c.member_id
                 WHERE c.decision = :d ORDER BY s.starts_at, c.holder_name, c.id LIMIT :limit""")
                .param("d", decision.name()).param("limit", limit).query(JdbcCandidates::candidate).list();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("session_id", UUID.class), rs.getString("platform_subject"),
                rs.getObject("user_id", UUID.class), rs.getString("holder_name"), rs.getInt("extra_time_percent"),
                rs.getBoolean("accessible_items"), rs.getBoolean("eligible"), rs.getString("ineligible_reason"),
                CandidateStatus.valueOf(rs.getString("status")), rs.getObject("attempt_id", UUID.class),
                Decision.valueOf(rs.getString("decision")), rs.getString("decision_reason"),
                rs.getInt("neutralised_items"));
    }

    @Override
    public void rescore(UUID memberId, UUID candidateId, Rescore rescore,
            Instant at) {
        jdbc.sql("""
                UPDATE certification_candidate SET rescored_score = :score, rescored_margin = :margin,
                       rescored_level = :level, rescored_competencies = :competencies, rescore_reason = :reason,
                       rescored_by = :by, updated_at = :at
                 WHERE member_id = :member AND id = :id""")
                .param("score", rescore.scaledScore()).param("margin", rescore.scoreMargin())
                .param("level", rescore.level()).param("competencies", rescore.competenciesText())
                .param("reason", rescore.reason()).param("by", rescore.by()).param("at", Timestamp.from(at))
                .param("member", memberId).param("id", candidateId).update();
    }

    @Override
    public Optional<Rescore> rescoreOf(UUID memberId, UUID candidateId) {
        return jdbc.sql("""
                SELECT rescored_score, rescored_margin, rescored_level, rescored_competencies, rescore_reason, rescored_by
                  FROM certification_candidate WHERE member_id = :member AND id = :id AND rescored_by IS NOT NULL""")
                .param("member", memberId).param("id", candidateId)
                .query((rs, row) -> new Rescore(rs.getInt(1), rs.getInt(2),
                        rs.getInt(3), Rescore.competenciesOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6))).optional();
    }
}
