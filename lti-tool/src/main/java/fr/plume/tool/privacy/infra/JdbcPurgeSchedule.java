package fr.plume.tool.privacy.infra;

import fr.plume.tool.privacy.domain.DataKind;
import fr.plume.tool.privacy.domain.PurgeSchedule;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * privacy_purge: a node claims due kinds with {@code FOR UPDATE SKIP LOCKED} and a lease (as
 * sync_schedule does); another node either skips the locked rows or sees the lease and leaves them.
 */
@Repository
class JdbcPurgeSchedule implements PurgeSchedule {

    private final JdbcClient jdbc;

    JdbcPurgeSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void ensure(Set<DataKind> kinds, Instant now) {
        for (DataKind kind : kinds) {
            jdbc.sql("INSERT INTO privacy_purge (kind, next_run_at) VALUES (:kind, :now) ON CONFLICT (kind) DO NOTHING")
                    .param("kind", kind.name()).param("now", Timestamp.from(now)).update();
        }
    }

    @Override
    public List<DataKind> claimDue(String node, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                UPDATE privacy_purge SET lease_owner = :node, lease_until = :leaseUntil
                WHERE kind IN (SELECT kind FROM privacy_purge
                               WHERE next_run_at <= :now AND (lease_until IS NULL OR lease_until < :now)
                               ORDER BY kind FOR UPDATE SKIP LOCKED)
                  AND next_run_at <= :now AND (lease_until IS NULL OR lease_until < :now)
                RETURNING kind""")
                .param("node", node).param("now", Timestamp.from(now)).param("leaseUntil", Timestamp.from(leaseUntil))
                .query(String.class).list().stream().filter(name -> known(name)).map(DataKind::valueOf).sorted().toList();
    }

    @Override
    public void release(DataKind kind, String node, Instant ranAt, int purged, Instant nextRunAt) {
        jdbc.sql("""
                UPDATE privacy_purge SET next_run_at = :next, lease_owner = NULL, lease_until = NULL,
                                         last_run_at = :ranAt, last_purged = :purged
                WHERE kind = :kind AND lease_owner = :node""")
                .param("next", Timestamp.from(nextRunAt)).param("ranAt", Timestamp.from(ranAt))
                .param("purged", purged).param("kind", kind.name()).param("node", node).update();
    }

    /** A kind a newer version added and this node does not know stays for the nodes that do. */
    private static boolean known(String name) {
        for (DataKind kind : DataKind.values()) {
            if (kind.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
