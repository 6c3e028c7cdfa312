package fr.plume.sync.sync;

import fr.plume.sync.catalogue.OpenModuleQuestionSource;
import fr.plume.sync.catalogue.OpenModuleQuestionSource.PublishedModule;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.MoodleXmlWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Exports a published open module's questions as Moodle XML for Moodle's question import. */
public final class QuestionsExportJob {

    private final OpenModuleQuestionSource source;
    private final Clock clock;

    public QuestionsExportJob(OpenModuleQuestionSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public SyncReport run(String moduleId, OutputStream out, boolean dryRun) {
        SyncReport.Builder report = new SyncReport.Builder("questions export", moduleId, dryRun, clock.instant());
        PublishedModule module = source.publishedModule(moduleId).orElseThrow(() -> new IllegalArgumentException(
                "Module ouvert « " + moduleId + " » introuvable ou non publié : seuls les modules publiés s'exportent"));
        List<DraftItem> exportable = new ArrayList<>();
        for (DraftItem q : module.questions()) {
            if (q.stem().isBlank()) {
                report.skipped(q.sourceId(), "énoncé vide");
            } else {
                exportable.add(q.category().isEmpty() ? withCategory(q, module.title()) : q);
                report.created(q.sourceId() + " « " + q.name() + " »", "exportée (" + q.type().moodleType() + ")");
            }
        }
        if (!dryRun) {
            try {
                new MoodleXmlWriter().write(exportable, out);
            } catch (IOException e) {
                throw new UncheckedIOException("Écriture du fichier Moodle XML impossible", e);
            }
        }
        return report.build(clock.instant());
    }

    private static DraftItem withCategory(DraftItem q, String category) {
        return new DraftItem(q.sourceId(), q.type(), q.name(), category, q.stem(), q.choices(), q.pairs(), q.gaps(),
                q.generalFeedback(), q.graderInfo(), q.defaultGrade(), q.shuffle(), q.idnumber(), q.tags(),
                q.competencies(), q.attachments(), q.contentHash());
    }
}
