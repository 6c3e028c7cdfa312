package fr.plume.sync.job;

import fr.plume.sync.catalogue.DraftItemSink;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.QuestionFiles;
import fr.plume.sync.format.QuestionImport;
import fr.plume.sync.i18n.Phrase;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a Moodle XML / GIFT file (or a zip of them) as draft items for review. The whole
 * file is parsed before anything is written: a malformed or hostile file throws and changes
 * nothing. Questions removed from a file imported earlier under the same origin are withdrawn.
 */
public final class QuestionFileImportJob {

    private final DraftItemSink sink;
    private final CompetencyMapper mapper;
    private final QuestionFiles files;
    private final Clock clock;

    public QuestionFileImportJob(DraftItemSink sink, CompetencyMapper mapper, QuestionFiles files, Clock clock) {
        this.sink = sink;
        this.mapper = mapper;
        this.files = files;
        this.clock = clock;
    }

    /**
     * @param origin   stable name of the source (e.g. "banque-accords"), so re-imports of a new copy
     *                 of the same file update rather than duplicate
     * @param fileName used to pick the format from its extension
     */
    public SyncReport run(String origin, String fileName, InputStream content, boolean dryRun) {
        SyncReport.Builder report = new SyncReport.Builder("resources harvest (questions)", origin + " ← " + fileName,
                dryRun, clock.instant());
        QuestionImport imported = files.read(origin, fileName, content);
        Set<String> seen = new HashSet<>();
        for (QuestionImport.Skipped s : imported.skipped()) {
            report.skipped(Phrase.literal(s.name()), s.why());
        }
        imported.warnings().forEach(w -> report.warning(w.phrase()));
        for (DraftItem raw : imported.items()) {
            DraftItem item = raw.withCompetencies(mapper.map(java.util.List.of(), raw.tags(), raw.idnumber(),
                    raw.name(), raw.stem(), raw.category())).hashed();
            seen.add(item.sourceId());
            String subject = item.sourceId();
            Optional<String> hash = sink.contentHashOf(item.sourceId());
            if (hash.isPresent() && hash.get().equals(item.contentHash())) {
                report.unchanged(subject, "");
                continue;
            }
            if (!dryRun) {
                sink.upsert(origin, item);
            }
            Phrase links = item.competencies().isEmpty() ? Phrase.of("questions.toLink")
                    : Phrase.of("questions.linkedTo", item.competencies().get(0).code(), item.competencies().get(0).how());
            if (hash.isPresent()) {
                report.updated(Phrase.literal(subject), Phrase.of("questions.changed", links));
            } else {
                report.created(Phrase.literal(subject), Phrase.of("questions.created", item.type(), links));
            }
        }
        for (String id : sink.activeSourceIds(origin)) {
            if (!seen.contains(id)) {
                Phrase reason = Phrase.of("questions.removedFromFile");
                if (!dryRun) {
                    sink.withdraw(id, reason.french());
                }
                report.withdrawn(Phrase.literal(id), reason);
            }
        }
        if (!dryRun) {
            sink.commit();
        }
        return report.build(clock.instant());
    }
}
