package fr.plume.tool.sync.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The run records, which are also the queue of runs asked for by hand: a queued run is claimed
 * by one node, like the schedules.
 */
public interface SyncRuns {

    /** A run a scheduled job starts on this node right away. */
    UUID start(UUID memberId, UUID siteId, UUID scheduleId, SyncJobKind job, String target, boolean dryRun,
            String node, Instant now, Instant leaseUntil);

    /** A run asked for by an administrator ("run now", "dry run"), waiting for a node. */
    UUID queue(UUID memberId, UUID siteId, UUID scheduleId, SyncJobKind job, String target, boolean dryRun,
            String requestedBy, Instant now);

    List<ClaimedRun> claimQueued(String node, Instant now, Instant leaseUntil, int limit);

    void finish(UUID runId, String node, RunStatus status, StoredReport report, String error, byte[] attachment,
            Instant now);

    /** Runs whose node stopped renewing its lease (it died): recorded as failed, never left "running". */
    int failAbandoned(Instant now);

    Optional<SyncRun> find(UUID memberId, UUID runId);

    Optional<byte[]> attachment(UUID memberId, UUID runId);

    List<SyncRun> recent(UUID memberId, int limit);

    /** The latest runs of every member, for the consortium's administrators. */
    List<SyncRun> recent(int limit);

    long countForSchedule(UUID scheduleId);
}
