package fr.plume.tool.sync.infra;

import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncSchedule;
import fr.plume.tool.sync.domain.SyncSchedules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The schedule table and its lease protocol. A due row is claimed by one statement that locks
 * it with {@code FOR UPDATE SKIP LOCKED} and sets a lease: another node either skips the
 * locked row or, re-reading it, finds the lease taken. The row gets its next run time only when
 * the run is over ({@link #release}); a node that dies leaves a lease that simply expires.
 */
@Repository
public class JdbcSyncSchedules implements SyncSchedules {

    private final JdbcClient jdbc;

    JdbcSyncSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UUID save(UUID memberId, UUID siteId, SyncJobKind job, String target, String cron, Duration interval,
            boolean dryRun, Instant firstRunAt) {
        return jdbc.sql("""
                INSERT INTO sync_schedule (id, member_id, site_id, job, target, cron, interval_seconds, dry_run,
                    enabled, next_run_at)
                VALUES (:id, :member, :site, :job, :target, :cron, :interval, :dryRun, TRUE, :next)
                ON CONFLICT (site_id, job, target) DO UPDATE SET cron = EXCLUDED.cron,
                    interval_seconds = EXCLUDED.interval_seconds, dry_run = EXCLUDED.dry_run, enabled = TRUE,
                    next_run_at = EXCLUDED.next_run_at
                RETURNING id""")
                .param("id", UUID.randomUUID()).param("member", memberId).param("site", siteId)
                .param("job", job.name()).param("target", target).param("cron", cron)
                .param("interval", interval == null ? null : interval.toSeconds()).param("dryRun", dryRun)
                .param("next", Timestamp.from(firstRunAt))
                .query(UUID.class).single();
    }

    /** Claims up to {@code limit} due schedules for {@code node} until {@code leaseUntil}. */
    @Override
    public List<SyncSchedule> claimDue(String node, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE sync_schedule SET lease_owner = :node, lease_until = :leaseUntil
                WHERE id IN (
                    SELECT s.id FROM sync_schedule s
                    JOIN sync_site site ON site.id = s.site_id AND site.member_id = s.member_id
                    WHERE s.enabled AND s.next_run_at <= :now AND (s.lease_until IS NULL OR s.lease_until < :now)
                    ORDER BY s.next_run_at LIMIT :limit
                    FOR UPDATE OF s SKIP LOCKED)
                AND enabled AND next_run_at <= :now AND (lease_until IS NULL OR lease_until < :now)
                RETURNING *""")
                .param("node", node).param("now", Timestamp.from(now)).param("leaseUntil", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> schedule(rs)).list();
    }

    /** Gives the schedule back with its next run time, if this node still holds its lease. */
    @Override
    public boolean release(UUID scheduleId, String node, Instant nextRunAt) {
        return jdbc.sql("""
                UPDATE sync_schedule SET next_run_at = :next, lease_owner = NULL, lease_until = NULL
                WHERE id = :id AND lease_owner = :node""")
                .param("next", Timestamp.from(nextRunAt)).param("id", scheduleId).param("node", node)
                .update() == 1;
    }

    @Override
    public Optional<SyncSchedule> find(UUID memberId, UUID scheduleId) {
        return jdbc.sql("SELECT * FROM sync_schedule WHERE id = :id AND member_id = :member")
                .param("id", scheduleId).param("member", memberId).query((rs, row) -> schedule(rs)).optional();
    }

    @Override
    public List<SyncSchedule> ofMember(UUID memberId) {
        return jdbc.sql("SELECT * FROM sync_schedule WHERE member_id = :member ORDER BY next_run_at")
                .param("member", memberId).query((rs, row) -> schedule(rs)).list();
    }

    @Override
    public void delete(UUID memberId, UUID scheduleId) {
        jdbc.sql("DELETE FROM sync_schedule WHERE id = :id AND member_id = :member")
                .param("id", scheduleId).param("member", memberId).update();
    }

    private static SyncSchedule schedule(ResultSet rs) throws SQLException {
        long seconds = rs.getLong("interval_seconds");
        boolean noInterval = rs.wasNull() || seconds <= 0;
        Timestamp lease = rs.getTimestamp("lease_until");
        return new SyncSchedule(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("site_id", UUID.class), SyncJobKind.valueOf(rs.getString("job")), rs.getString("target"),
                rs.getString("cron"), noInterval ? null : Duration.ofSeconds(seconds),
                rs.getBoolean("dry_run"), rs.getBoolean("enabled"), rs.getTimestamp("next_run_at").toInstant(),
                rs.getString("lease_owner"), lease == null ? null : lease.toInstant());
    }
}
