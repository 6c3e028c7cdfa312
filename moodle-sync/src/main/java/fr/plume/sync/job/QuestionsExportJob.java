package fr.plume.sync.job;

import fr.plume.framework.content.MatchingPolicy;
import fr.plume.sync.catalogue.OpenModuleQuestionSource.ModuleQuestion;
import fr.plume.sync.catalogue.OpenModuleQuestionSource.PublishedModule;
import fr.plume.sync.catalogue.OpenModuleQuestionSource;
import fr.plume.sync.format.ClozeSyntax;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.MoodleCategoryPath;
import fr.plume.sync.format.MoodleXmlWriter;
import fr.plume.sync.format.TypedAnswerVariants;
import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a published open module's questions as Moodle XML for Moodle's question import. Typed
 * answers carry the spellings Plume accepts ({@link TypedAnswerVariants}), so that Moodle grades
 * them as Plume does; questions without a category go into one named after the module.
 */
public final class QuestionsExportJob {

    private final OpenModuleQuestionSource source;
    private final Clock clock;

    public QuestionsExportJob(OpenModuleQuestionSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public SyncReport run(String moduleId, OutputStream out, boolean dryRun) {
        SyncReport.Builder report = new SyncReport.Builder("questions export", moduleId, dryRun, clock.instant());
        PublishedModule module = source.publishedModule(moduleId).orElseThrow(() -> new ModuleNotPublishedException(
                moduleId));
        List<DraftItem> exportable = new ArrayList<>();
        Map<DraftItem, MatchingPolicy> policies = new IdentityHashMap<>();
        for (ModuleQuestion question : module.questions()) {
            DraftItem q = question.item();
            if (q.stem().isBlank()) {
                report.skipped(Phrase.literal(q.sourceId()), Phrase.of("export.emptyStem"));
                continue;
            }
            // a module title is one category name: a "/" in it must not open a sub-category
            DraftItem placed = q.category().isEmpty() ? withCategory(q, MoodleCategoryPath.segment(module.title())) : q;
            DraftItem ready = TypedAnswerVariants.forMoodle(placed, question.matching());
            exportable.add(ready);
            policies.put(ready, question.matching());
            int added = answerCount(ready) - answerCount(placed);
            report.created(Phrase.literal(q.sourceId() + " « " + q.name() + " »"), added > 0
                    ? Phrase.of("export.withVariants", ready.type().moodleType(), added)
                    : Phrase.of("export.exported", ready.type().moodleType()));
        }
        if (!dryRun) {
            try {
                new MoodleXmlWriter(item -> policies.getOrDefault(item, MatchingPolicy.DEFAULT).caseSensitive())
                        .write(exportable, out);
            } catch (IOException e) {
                throw new UncheckedIOException("Écriture du fichier Moodle XML impossible", e);
            }
        }
        return report.build(clock.instant());
    }

    /** The module does not exist or is not published: only published modules leave Plume. */
    public static final class ModuleNotPublishedException extends IllegalArgumentException implements Localized {

        private final Phrase phrase;

        ModuleNotPublishedException(String moduleId) {
            this(Phrase.of("export.notPublished", moduleId));
        }

        private ModuleNotPublishedException(Phrase phrase) {
            super(phrase.french());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    private static int answerCount(DraftItem q) {
        return q.choices().size() + ClozeSyntax.parse(q.stem()).stream().mapToInt(g -> g.choices().size()).sum();
    }

    private static DraftItem withCategory(DraftItem q, String category) {
        return new DraftItem(q.sourceId(), q.type(), q.name(), category, q.stem(), q.choices(), q.pairs(), q.gaps(),
                q.generalFeedback(), q.graderInfo(), q.defaultGrade(), q.shuffle(), q.idnumber(), q.tags(),
                q.competencies(), q.attachments(), q.contentHash());
    }
}
