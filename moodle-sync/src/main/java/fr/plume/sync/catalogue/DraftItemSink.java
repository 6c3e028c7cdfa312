package fr.plume.sync.catalogue;

import fr.plume.sync.format.DraftItem;
import java.util.Optional;
import java.util.Set;

/**
 * Port to the draft items waiting for review in the tool's item bank. The CLI uses
 * {@link FileDraftItemSink}; the tool implements it over PostgreSQL.
 */
public interface DraftItemSink {

    /** Content hash of the active draft with this source id, if any. */
    Optional<String> contentHashOf(String sourceId);

    /** Inserts or replaces the draft with this source id. */
    void upsert(String origin, DraftItem item);

    /** The question disappeared from its source file. */
    void withdraw(String sourceId, String reason);

    Set<String> activeSourceIds(String origin);

    /** Called once at the end of a real run, only when the whole file was read without error. */
    default void commit() {
    }
}
