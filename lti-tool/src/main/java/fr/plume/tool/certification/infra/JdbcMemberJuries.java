package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.MemberJuries;
import fr.plume.tool.certification.domain.MemberJuryDecision;
import fr.plume.tool.certification.domain.MemberJuryVerdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Member juries' decisions and closures; every statement filters on member_id. */
@Repository
class JdbcMemberJuries implements MemberJuries {

    private static final String DECISION = """
            SELECT candidate_id, member_id, session_id, verdict, reason, decided_by, decided_at
              FROM certification_member_jury_decision""";

    private final JdbcClient jdbc;

    JdbcMemberJuries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void decide(MemberJuryDecision d) {
        jdbc.sql("""
                INSERT INTO certification_member_jury_decision (candidate_id, member_id, session_id, verdict, reason,
                       decided_by, decided_at)
                VALUES (:candidate, :member, :session, :verdict, :reason, :by, :at)
                ON CONFLICT (candidate_id) DO UPDATE SET verdict = EXCLUDED.verdict, reason = EXCLUDED.reason,
                       decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at
                 WHERE certification_member_jury_decision.member_id = EXCLUDED.member_id""")
                .param("candidate", d.candidateId()).param("member", d.memberId()).param("session", d.sessionId())
                .param("verdict", d.verdict().name()).param("reason", d.reason()).param("by", d.decidedBy())
                .param("at", Timestamp.from(d.decidedAt())).update();
    }

    @Override
    public Optional<MemberJuryDecision> of(UUID memberId, UUID candidateId) {
        return jdbc.sql(DECISION + " WHERE member_id = :member AND candidate_id = :candidate")
                .param("member", memberId).param("candidate", candidateId).query(JdbcMemberJuries::decision)
                .optional();
    }

    @Override
    public List<MemberJuryDecision> ofSession(UUID memberId, UUID sessionId) {
        return jdbc.sql(DECISION + " WHERE member_id = :member AND session_id = :session")
                .param("member", memberId).param("session", sessionId).query(JdbcMemberJuries::decision).list();
    }

    @Override
    public Optional<Instant> closedAt(UUID memberId, UUID sessionId) {
        return jdbc.sql("SELECT closed_at FROM certification_member_jury_closure"
                        + " WHERE member_id = :member AND session_id = :session")
                .param("member", memberId).param("session", sessionId).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    @Override
    public boolean close(UUID memberId, UUID sessionId, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO certification_member_jury_closure (session_id, member_id, closed_by, closed_at)
                VALUES (:session, :member, :by, :at) ON CONFLICT (session_id) DO NOTHING""")
                .param("session", sessionId).param("member", memberId).param("by", by).param("at", Timestamp.from(at))
                .update() == 1;
    }

    private static MemberJuryDecision decision(ResultSet rs, int row) throws SQLException {
        return new MemberJuryDecision(rs.getObject("candidate_id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("session_id", UUID.class), MemberJuryVerdict.valueOf(rs.getString("verdict")),
                rs.getString("reason"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
    }
}
