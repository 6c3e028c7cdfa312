package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.domain.AttemptAdmissions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAttemptAdmissions implements AttemptAdmissions {

    private final JdbcClient jdbc;

    JdbcAttemptAdmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void admit(UUID memberId, UUID attemptId, String sessionHash, Instant at) {
        jdbc.sql("""
                INSERT INTO assessment_attempt_admission (attempt_id, member_id, session_hash, admitted_at)
                VALUES (:attempt, :member, :hash, :at) ON CONFLICT DO NOTHING""")
                .param("attempt", attemptId).param("member", memberId).param("hash", sessionHash)
                .param("at", Timestamp.from(at)).update();
    }

    @Override
    public boolean admitted(UUID memberId, UUID attemptId, String sessionHash) {
        return jdbc.sql("""
                SELECT count(*) FROM assessment_attempt_admission
                 WHERE member_id = :member AND attempt_id = :attempt AND session_hash = :hash""")
                .param("member", memberId).param("attempt", attemptId).param("hash", sessionHash)
                .query(Long.class).single() > 0;
    }
}
