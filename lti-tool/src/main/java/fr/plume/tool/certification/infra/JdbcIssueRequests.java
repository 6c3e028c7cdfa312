package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.domain.IssueRequests;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issue queue. Claims use {@code FOR UPDATE SKIP LOCKED} and a lease, so several nodes drain
 * it without issuing twice; a request whose worker died becomes due again when its lease ends.
 */
@Repository
public class JdbcIssueRequests implements IssueRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JdbcIssueRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean enqueue(CandidateCertified event, Instant now) {
        return jdbc.sql("""
                INSERT INTO certification_issue_request (candidate_id, member_id, event, attempts, next_attempt_at,
                    queued_at)
                VALUES (:candidate, :member, CAST(:event AS JSONB), 0, :now, :now)
                ON CONFLICT (candidate_id) DO NOTHING""")
                .param("candidate", event.candidateId()).param("member", event.memberId())
                .param("event", JSON.writeValueAsString(event)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public List<ClaimedRequest> claim(Instant now, Duration lease, int limit) {
        UUID token = UUID.randomUUID();
        return jdbc.sql("""
                WITH due AS (
                    SELECT candidate_id FROM certification_issue_request
                    WHERE next_attempt_at <= :now AND (locked_until IS NULL OR locked_until <= :now)
                    ORDER BY next_attempt_at
                    LIMIT :limit
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE certification_issue_request r
                SET locked_until = :until, lease_token = :token, attempts = r.attempts + 1
                FROM due WHERE r.candidate_id = due.candidate_id
                RETURNING r.candidate_id, r.event::text, r.attempts""")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(lease)))
                .param("token", token).param("limit", limit)
                .query((rs, row) -> new ClaimedRequest(rs.getObject(1, UUID.class),
                        JSON.readValue(rs.getString(2), CandidateCertified.class), rs.getInt(3), token))
                .list();
    }

    @Override
    public boolean done(ClaimedRequest request) {
        return jdbc.sql("DELETE FROM certification_issue_request WHERE candidate_id = :candidate AND lease_token = :token")
                .param("candidate", request.candidateId()).param("token", request.leaseToken()).update() == 1;
    }

    @Override
    public boolean retryAt(ClaimedRequest request, Instant next, String error) {
        return jdbc.sql("""
                UPDATE certification_issue_request SET next_attempt_at = :next, last_error = :error,
                    locked_until = NULL, lease_token = NULL
                WHERE candidate_id = :candidate AND lease_token = :token""")
                .param("next", Timestamp.from(next)).param("error", error.length() > 300 ? error.substring(0, 300) : error)
                .param("candidate", request.candidateId()).param("token", request.leaseToken()).update() == 1;
    }

    @Override
    public int pending() {
        return jdbc.sql("SELECT count(*) FROM certification_issue_request").query(Integer.class).single();
    }
}
