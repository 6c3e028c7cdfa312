package fr.plume.sync.sync;

import fr.plume.sync.catalogue.CatalogueEntry;
import fr.plume.sync.catalogue.CatalogueStore;
import fr.plume.sync.catalogue.HarvestedResource;
import java.util.Optional;

/** Applies one harvested resource to the catalogue by comparing content hashes. */
final class CatalogueUpdater {

    private final CatalogueStore store;
    private final SyncReport.Builder report;
    private final boolean dryRun;

    CatalogueUpdater(CatalogueStore store, SyncReport.Builder report, boolean dryRun) {
        this.store = store;
        this.report = report;
        this.dryRun = dryRun;
    }

    void apply(HarvestedResource resource) {
        HarvestedResource hashed = resource.hashed();
        Optional<CatalogueEntry> existing = store.findBySourceId(hashed.sourceId());
        String subject = hashed.sourceId() + " « " + hashed.title() + " »";
        if (existing.isEmpty()) {
            write(hashed);
            report.created(subject, links(hashed));
        } else if (existing.get().withdrawn()) {
            write(hashed);
            report.updated(subject, "de nouveau publié par la source");
        } else if (existing.get().contentHash().equals(hashed.contentHash())) {
            report.unchanged(subject, "");
        } else {
            write(hashed);
            report.updated(subject, "contenu modifié à la source");
        }
    }

    void withdraw(String sourceId, String reason) {
        Optional<CatalogueEntry> existing = store.findBySourceId(sourceId);
        if (existing.isEmpty() || existing.get().withdrawn()) {
            report.unchanged(sourceId, "déjà absent du catalogue");
            return;
        }
        if (!dryRun) {
            store.withdraw(sourceId, reason);
        }
        report.withdrawn(sourceId + " « " + existing.get().resource().title() + " »", reason);
    }

    private void write(HarvestedResource r) {
        if (!dryRun) {
            store.upsert(r);
        }
    }

    private static String links(HarvestedResource r) {
        return r.competencies().isEmpty() ? "aucune compétence reconnue"
                : "compétences " + String.join(", ", r.competencies().stream().map(c -> c.code() + " (" + c.how() + ")").toList());
    }
}
