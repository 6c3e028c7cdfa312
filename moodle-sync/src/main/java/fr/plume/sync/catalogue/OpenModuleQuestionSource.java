package fr.plume.sync.catalogue;

import fr.plume.framework.content.MatchingPolicy;
import fr.plume.sync.format.DraftItem;
import java.util.List;
import java.util.Optional;

/** Port to the published open modules of the tool, whose questions can be exported as Moodle XML. */
public interface OpenModuleQuestionSource {

    /** The module if it exists and is published; drafts and modules under review are not exported. */
    Optional<PublishedModule> publishedModule(String moduleId);

    record PublishedModule(String moduleId, String title, String licence, List<ModuleQuestion> questions) {

        public PublishedModule {
            questions = List.copyOf(questions);
        }
    }

    /**
     * A question of a module and how Plume compares its typed answers (the item's matching
     * policy; {@link MatchingPolicy#DEFAULT} when none is given), so that the export makes Moodle
     * accept the same answers.
     */
    record ModuleQuestion(DraftItem item, MatchingPolicy matching) {

        public ModuleQuestion {
            matching = matching == null ? MatchingPolicy.DEFAULT : matching;
        }
    }
}
