package fr.plume.tool.dashboard.infra;

import fr.plume.tool.dashboard.domain.RosterFailures;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roster failures in {@code dashboard_roster_failure}, always within one member. */
@Repository
class JdbcRosterFailures implements RosterFailures {

    private final JdbcClient jdbc;

    JdbcRosterFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RosterFailure> last(UUID memberId, UUID contextId) {
        return jdbc.sql("SELECT code, failed_at FROM dashboard_roster_failure WHERE member_id = :m AND context_id = :c")
                .param("m", memberId).param("c", contextId)
                .query((rs, n) -> new RosterFailure(rs.getString("code"), rs.getTimestamp("failed_at").toInstant()))
                .optional();
    }

    @Override
    public void failed(UUID memberId, UUID contextId, String code, Instant at) {
        jdbc.sql("""
                        INSERT INTO dashboard_roster_failure (context_id, member_id, code, failed_at)
                        VALUES (:c, :m, :code, :at)
                        ON CONFLICT (context_id) DO UPDATE SET code = EXCLUDED.code, failed_at = EXCLUDED.failed_at
                         WHERE dashboard_roster_failure.member_id = EXCLUDED.member_id""")
                .param("c", contextId).param("m", memberId).param("code", code).param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void cleared(UUID memberId, UUID contextId) {
        jdbc.sql("DELETE FROM dashboard_roster_failure WHERE member_id = :m AND context_id = :c")
                .param("m", memberId).param("c", contextId).update();
    }
}
