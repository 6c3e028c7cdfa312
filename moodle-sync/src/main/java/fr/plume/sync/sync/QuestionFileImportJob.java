package fr.plume.sync.sync;

import fr.plume.sync.catalogue.DraftItemSink;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.QuestionFiles;
import fr.plume.sync.format.QuestionImport;
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
            report.skipped(s.name(), s.reason());
        }
        imported.warnings().forEach(w -> report.warning(w.toString()));
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
            String links = item.competencies().isEmpty() ? "à rattacher à une compétence lors de la relecture"
                    : "compétence " + item.competencies().get(0).code() + " (" + item.competencies().get(0).how() + ")";
            if (hash.isPresent()) {
                report.updated(subject, "question modifiée ; " + links);
            } else {
                report.created(subject, item.type() + " ; " + links);
            }
        }
        for (String id : sink.activeSourceIds(origin)) {
            if (!seen.contains(id)) {
                if (!dryRun) {
                    sink.withdraw(id, "absente de la dernière version du fichier");
                }
                report.withdrawn(id, "absente de la dernière version du fichier");
            }
        }
        if (!dryRun) {
            sink.commit();
        }
        return report.build(clock.instant());
    }
}
