package fr.plume.tool.sync.domain;

import java.util.UUID;

/** A run this node has claimed and must now execute and record. */
public record ClaimedRun(UUID runId, UUID memberId, UUID siteId, UUID scheduleId, SyncJobKind job, String target,
        boolean dryRun) {
}
