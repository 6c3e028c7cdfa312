package fr.plume.tool.sync.domain;

import java.time.Instant;
import java.util.UUID;

/** One run of a job, as recorded. {@code report} is empty while queued or running, or when the job could not start. */
public record SyncRun(UUID id, UUID memberId, UUID siteId, String siteName, UUID scheduleId, SyncJobKind job,
        String target, boolean dryRun, RunStatus status, String requestedBy, Instant requestedAt, String nodeId,
        Instant startedAt, Instant finishedAt, StoredReport report, String error, boolean hasAttachment) {
}
