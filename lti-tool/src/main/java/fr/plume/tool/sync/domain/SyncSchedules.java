package fr.plume.tool.sync.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The schedules and their lease protocol: a due schedule is claimed by one node until its lease
 * ends, and gets its next run time only when the run is over ({@link #release}); a node that
 * dies leaves a lease that simply expires.
 */
public interface SyncSchedules {

    UUID save(UUID memberId, UUID siteId, SyncJobKind job, String target, String cron, Duration interval,
            boolean dryRun, Instant firstRunAt);

    /** Claims up to {@code limit} due schedules for {@code node} until {@code leaseUntil}. */
    List<SyncSchedule> claimDue(String node, Instant now, Instant leaseUntil, int limit);

    /** Gives the schedule back with its next run time, if this node still holds its lease. */
    boolean release(UUID scheduleId, String node, Instant nextRunAt);

    Optional<SyncSchedule> find(UUID memberId, UUID scheduleId);

    List<SyncSchedule> ofMember(UUID memberId);

    void delete(UUID memberId, UUID scheduleId);
}
