package fr.plume.tool.itembank.domain;

import fr.plume.framework.content.ItemStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every version of every item, as authoring works on them. */
public interface ItemVersions {

    Optional<ItemVersion> latest(UUID itemId);

    Optional<ItemVersion> find(UUID itemId, int version);

    /** The latest version of every item, most recently changed first. */
    List<ItemVersion> latestOfEach();

    /** False when the item already has a version being worked on (draft or in review). */
    boolean insert(ItemVersion version);

    /** Replaces the content of a draft; false when that version is no longer a draft. */
    boolean updateDraft(ItemVersion version);

    /** Moves a version from one status to another; false when it was not in {@code from}. */
    boolean move(UUID itemId, int version, ItemStatus from, ItemStatus to, String reviewer, Instant at);

    /** Makes a published version the one delivery uses (with prior IRT parameters for a new item). */
    void putInForce(ItemVersion published, Instant at);

    /** Takes the item out of delivery: it is retired. */
    void withdraw(UUID itemId, Instant at);

    /** The family and variant pair is free (no other item uses it). */
    boolean variantFree(UUID itemId, String family, int variant);
}
