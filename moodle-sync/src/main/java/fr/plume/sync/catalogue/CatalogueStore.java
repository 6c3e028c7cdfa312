package fr.plume.sync.catalogue;

import java.util.Optional;
import java.util.Set;

/**
 * Port to the open-resource catalogue, which belongs to the LTI tool's database. The CLI
 * uses {@link FileCatalogueStore}; the tool implements it over PostgreSQL.
 */
public interface CatalogueStore {

    Optional<CatalogueEntry> findBySourceId(String sourceId);

    /** Inserts or replaces the resource with this source id and makes it active again. */
    void upsert(HarvestedResource resource);

    /** Marks the resource withdrawn (deleted upstream); a later upsert revives it. */
    void withdraw(String sourceId, String reason);

    /** Source ids of the active resources that came from {@code origin}. */
    Set<String> activeSourceIds(String origin);

    /** Called once at the end of a real (not dry) run; a store may buffer writes until then. */
    default void commit() {
    }
}
