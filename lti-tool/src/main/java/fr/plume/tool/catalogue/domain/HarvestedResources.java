package fr.plume.tool.catalogue.domain;

import fr.plume.sync.catalogue.CatalogueEntry;
import fr.plume.sync.catalogue.HarvestedResource;
import java.util.Optional;
import java.util.Set;

/** The resources harvests wrote, one per source id with its content hash; withdrawn ones are kept. */
public interface HarvestedResources {

    Optional<CatalogueEntry> findBySourceId(String sourceId);

    /** Inserts or replaces the resource with this source id, with its competency links, and makes it active again. */
    void upsert(HarvestedResource resource);

    /** Marks the resource withdrawn; a later upsert revives it. */
    void withdraw(String sourceId, String reason);

    Set<String> activeSourceIds(String origin);
}
