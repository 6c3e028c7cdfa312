package fr.plume.tool.sync.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** When a job runs: a cron expression (UTC) or a fixed interval after the previous run. */
public record SyncSchedule(UUID id, UUID memberId, UUID siteId, SyncJobKind job, String target, String cron,
        Duration interval, boolean dryRun, boolean enabled, Instant nextRunAt, String leaseOwner, Instant leaseUntil) {

    public String cadence() {
        return cron != null ? cron : interval.toString();
    }
}
