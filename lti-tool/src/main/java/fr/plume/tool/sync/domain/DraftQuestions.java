package fr.plume.tool.sync.domain;

import fr.plume.sync.catalogue.DraftItemSink;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Harvested questions waiting for an author's review, per member (questions come from a member's
 * files), and moodle-sync's draft-item port for one member's harvest.
 */
public interface DraftQuestions {

    /** The port for one member's harvest. */
    DraftItemSink forMember(UUID memberId);

    List<PendingDraft> pending(UUID memberId, int limit);

    Optional<PendingDraft> findPending(UUID memberId, UUID id);

    /** Records the decision on a pending draft of this content; false when it changed or was decided meanwhile. */
    boolean decide(UUID memberId, UUID id, String contentHash, boolean accepted, UUID itemId, String by);

    Optional<String> status(UUID memberId, UUID id);

    long pendingReview(UUID memberId);
}
