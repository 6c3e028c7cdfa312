package fr.plume.tool.itembank.domain;

import java.time.Instant;
import java.util.UUID;

/** A review comment on one version of an item. */
public record Comment(UUID id, UUID itemId, int version, String author, String authorName, String body,
        Instant createdAt) {

    public static final int MAX_LENGTH = 4000;
}
