package fr.plume.tool.privacy.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One erasure as the log keeps it: who erased, when, what was removed and kept, and the
 * pseudonym that now stands for the person; nothing that identifies the person.
 */
public record Erasure(UUID id, UUID memberId, Pseudonym pseudonym, String actor, Instant erasedAt, int essays,
        int freeTexts, int candidacies, int certificatesKept) {
}
