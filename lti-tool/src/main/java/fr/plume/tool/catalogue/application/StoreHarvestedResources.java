package fr.plume.tool.catalogue.application;

import fr.plume.sync.catalogue.CatalogueEntry;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.tool.catalogue.api.OpenResourceStore;
import fr.plume.tool.catalogue.domain.HarvestedResources;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Keeps what the harvest jobs the tool runs bring back (moodle-sync's catalogue port): source id
 * and content hash, upsert, withdraw; idempotent.
 */
@Service
class StoreHarvestedResources implements OpenResourceStore {

    private final HarvestedResources resources;

    StoreHarvestedResources(HarvestedResources resources) {
        this.resources = resources;
    }

    @Override
    public Optional<CatalogueEntry> findBySourceId(String sourceId) {
        return resources.findBySourceId(sourceId);
    }

    @Override
    public void upsert(HarvestedResource resource) {
        resources.upsert(resource);
    }

    @Override
    public void withdraw(String sourceId, String reason) {
        resources.withdraw(sourceId, reason);
    }

    @Override
    public Set<String> activeSourceIds(String origin) {
        return resources.activeSourceIds(origin);
    }
}
