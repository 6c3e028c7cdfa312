package fr.plume.sync.job;

import fr.plume.sync.catalogue.CatalogueStore;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.format.OaiMetadata;
import fr.plume.sync.format.OaiPage;
import fr.plume.sync.format.OaiRecord;
import fr.plume.sync.i18n.Phrase;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Harvests an OAI-PMH repository into the catalogue. Records with {@code status="deleted"}
 * are withdrawn. A full harvest (no {@code from}/{@code until}) also withdraws what the
 * repository no longer lists, for repositories that do not keep deletions
 * ({@code deletedRecord=no}, OAI-PMH §2.5.1).
 */
public final class OaiHarvestJob {

    private final OaiPmhClient client;
    private final CatalogueStore store;
    private final CompetencyMapper mapper;
    private final Clock clock;

    public OaiHarvestJob(OaiPmhClient client, CatalogueStore store, CompetencyMapper mapper, Clock clock) {
        this.client = client;
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    public SyncReport run(OaiSource source, Optional<String> from, Optional<String> until, boolean dryRun,
                          Progress progress) {
        SyncReport.Builder report = new SyncReport.Builder("resources harvest (OAI-PMH)", source.name(), dryRun,
                clock.instant());
        CatalogueUpdater updater = new CatalogueUpdater(store, report, dryRun);
        Set<String> seen = new HashSet<>();
        long done = 0;
        OaiPage page = client.listRecords(source, from, until);
        while (true) {
            long total = page.completeListSize().orElse(-1L);
            for (OaiRecord record : page.records()) {
                String sourceId = "oai:" + source.name() + ":" + record.identifier();
                seen.add(sourceId);
                if (record.deleted()) {
                    updater.withdraw(sourceId, Phrase.of("oai.deleted", record.datestamp()));
                } else if (record.metadata() == null) {
                    report.skipped(Phrase.literal(sourceId), Phrase.of("oai.noMetadata"));
                } else {
                    updater.apply(resource(sourceId, source.name(), record.metadata()));
                }
                progress.step(source.name(), ++done, total);
            }
            if (page.resumptionToken().isEmpty()) {
                break;
            }
            page = client.resume(source, page.resumptionToken().get());
        }
        if (from.isEmpty() && until.isEmpty()) {
            for (String id : store.activeSourceIds(source.name())) {
                if (!seen.contains(id)) {
                    updater.withdraw(id, Phrase.of("oai.noLongerListed"));
                }
            }
        }
        if (!dryRun) {
            store.commit();
        }
        progress.finish();
        return report.build(clock.instant());
    }

    private HarvestedResource resource(String sourceId, String origin, OaiMetadata m) {
        return new HarvestedResource(sourceId, origin, m.title(), m.description(), m.url(), m.language(), m.licence(),
                m.keywords(), m.authors(), m.kind(),
                mapper.map(m.alignments(), m.keywords(), "", m.title(), m.description()), "");
    }
}
