package fr.plume.tool.sync.domain;

import fr.plume.sync.format.DraftItem;
import java.time.Instant;
import java.util.UUID;

/** A harvested question waiting for review, as the review page lists it. */
public record PendingDraft(UUID id, String origin, String sourceId, DraftItem draft, Instant updatedAt) {
}
