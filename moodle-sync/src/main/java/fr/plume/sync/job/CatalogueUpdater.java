package fr.plume.sync.job;

import fr.plume.sync.catalogue.CatalogueEntry;
import fr.plume.sync.catalogue.CatalogueStore;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.i18n.Phrase;
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
        Phrase subject = Phrase.literal(hashed.sourceId() + " « " + hashed.title() + " »");
        if (existing.isEmpty()) {
            write(hashed);
            report.created(subject, links(hashed));
        } else if (existing.get().withdrawn()) {
            write(hashed);
            report.updated(subject, Phrase.of("catalogue.republished"));
        } else if (existing.get().contentHash().equals(hashed.contentHash())) {
            report.unchanged(subject, Phrase.literal(""));
        } else {
            write(hashed);
            report.updated(subject, Phrase.of("catalogue.changed"));
        }
    }

    void withdraw(String sourceId, Phrase reason) {
        Optional<CatalogueEntry> existing = store.findBySourceId(sourceId);
        if (existing.isEmpty() || existing.get().withdrawn()) {
            report.unchanged(Phrase.literal(sourceId), Phrase.of("catalogue.alreadyAbsent"));
            return;
        }
        if (!dryRun) {
            store.withdraw(sourceId, reason.french());
        }
        report.withdrawn(Phrase.literal(sourceId + " « " + existing.get().resource().title() + " »"), reason);
    }

    private void write(HarvestedResource r) {
        if (!dryRun) {
            store.upsert(r);
        }
    }

    private static Phrase links(HarvestedResource r) {
        return r.competencies().isEmpty() ? Phrase.of("catalogue.noCompetency") : Phrase.of("catalogue.competencies",
                String.join(", ", r.competencies().stream().map(c -> c.code() + " (" + c.how() + ")").toList()));
    }
}
