package fr.plume.tool.sync.infra;

import fr.plume.tool.sync.domain.ClaimedRun;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.StoredReport;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.domain.SyncRuns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The run records, which are also the queue of runs asked for by hand: a QUEUED row is claimed
 * by one node with {@code FOR UPDATE SKIP LOCKED}, like the schedules.
 */
@Repository
public class JdbcSyncRuns implements SyncRuns {

    private static final String SELECT = """
            SELECT r.*, s.name AS site_name, (r.attachment IS NOT NULL) AS has_attachment
            FROM sync_run r JOIN sync_site s ON s.id = r.site_id""";

    private final JdbcClient jdbc;

    JdbcSyncRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run a scheduled job starts on this node right away. */
    @Override
    public UUID start(UUID memberId, UUID siteId, UUID scheduleId, SyncJobKind job, String target, boolean dryRun,
            String node, Instant now, Instant leaseUntil) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO sync_run (id, member_id, site_id, schedule_id, job, target, dry_run, status, requested_by,
                    requested_at, node_id, lease_until, started_at)
                VALUES (:id, :member, :site, :schedule, :job, :target, :dryRun, 'RUNNING', 'scheduler',
                    :now, :node, :leaseUntil, :now)""")
                .param("id", id).param("member", memberId).param("site", siteId).param("schedule", scheduleId)
                .param("job", job.name()).param("target", target).param("dryRun", dryRun).param("node", node)
                .param("now", Timestamp.from(now)).param("leaseUntil", Timestamp.from(leaseUntil))
                .update();
        return id;
    }

    /** A run asked for by an administrator ("run now", "dry run"), waiting for a node. */
    @Override
    public UUID queue(UUID memberId, UUID siteId, UUID scheduleId, SyncJobKind job, String target, boolean dryRun,
            String requestedBy, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO sync_run (id, member_id, site_id, schedule_id, job, target, dry_run, status, requested_by,
                    requested_at)
                VALUES (:id, :member, :site, :schedule, :job, :target, :dryRun, 'QUEUED', :by, :now)""")
                .param("id", id).param("member", memberId).param("site", siteId).param("schedule", scheduleId)
                .param("job", job.name()).param("target", target).param("dryRun", dryRun).param("by", requestedBy)
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    @Override
    public List<ClaimedRun> claimQueued(String node, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE sync_run SET status = 'RUNNING', node_id = :node, started_at = :now, lease_until = :leaseUntil
                WHERE id IN (SELECT id FROM sync_run WHERE status = 'QUEUED' ORDER BY requested_at LIMIT :limit
                             FOR UPDATE SKIP LOCKED)
                AND status = 'QUEUED'
                RETURNING id, member_id, site_id, schedule_id, job, target, dry_run""")
                .param("node", node).param("now", Timestamp.from(now)).param("leaseUntil", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> new ClaimedRun(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                        rs.getObject("site_id", UUID.class), rs.getObject("schedule_id", UUID.class),
                        SyncJobKind.valueOf(rs.getString("job")), rs.getString("target"), rs.getBoolean("dry_run")))
                .list();
    }

    @Override
    public void finish(UUID runId, String node, RunStatus status, StoredReport report, String error, byte[] attachment,
            Instant now) {
        jdbc.sql("""
                UPDATE sync_run SET status = :status, finished_at = :now, report = CAST(:report AS JSONB),
                    error = :error, attachment = :attachment, lease_until = NULL
                WHERE id = :id AND node_id = :node AND status = 'RUNNING'""")
                .param("status", status.name()).param("now", Timestamp.from(now))
                .param("report", report == null ? null : SyncJson.write(report)).param("error", error)
                .param("attachment", attachment).param("id", runId).param("node", node)
                .update();
    }

    /** Runs whose node stopped renewing its lease (it died): recorded as failed, never left "running". */
    @Override
    public int failAbandoned(Instant now) {
        return jdbc.sql("""
                UPDATE sync_run SET status = 'FAILED', finished_at = :now, lease_until = NULL,
                    error = 'Le nœud ' || coalesce(node_id, '?') || ' s’est arrêté pendant l’exécution / node stopped during the run'
                WHERE status = 'RUNNING' AND lease_until < :now""")
                .param("now", Timestamp.from(now)).update();
    }

    @Override
    public Optional<SyncRun> find(UUID memberId, UUID runId) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND r.member_id = :member")
                .param("id", runId).param("member", memberId).query((rs, row) -> run(rs)).optional();
    }

    @Override
    public Optional<byte[]> attachment(UUID memberId, UUID runId) {
        return jdbc.sql("SELECT attachment FROM sync_run WHERE id = :id AND member_id = :member AND attachment IS NOT NULL")
                .param("id", runId).param("member", memberId).query(byte[].class).optional();
    }

    @Override
    public List<SyncRun> recent(UUID memberId, int limit) {
        return jdbc.sql(SELECT + " WHERE r.member_id = :member ORDER BY r.requested_at DESC LIMIT :limit")
                .param("member", memberId).param("limit", limit).query((rs, row) -> run(rs)).list();
    }

    @Override
    public List<SyncRun> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY r.requested_at DESC LIMIT :limit")
                .param("limit", limit).query((rs, row) -> run(rs)).list();
    }

    @Override
    public long countForSchedule(UUID scheduleId) {
        return jdbc.sql("SELECT count(*) FROM sync_run WHERE schedule_id = :id AND requested_by = 'scheduler'")
                .param("id", scheduleId).query(Long.class).single();
    }

    private static SyncRun run(ResultSet rs) throws SQLException {
        return new SyncRun(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("site_id", UUID.class), rs.getString("site_name"), rs.getObject("schedule_id", UUID.class),
                SyncJobKind.valueOf(rs.getString("job")), rs.getString("target"), rs.getBoolean("dry_run"),
                RunStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
                instant(rs, "requested_at"), rs.getString("node_id"), instant(rs, "started_at"),
                instant(rs, "finished_at"), SyncJson.report(rs.getString("report")), rs.getString("error"),
                rs.getBoolean("has_attachment"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
