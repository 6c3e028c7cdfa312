package fr.plume.sync.catalogue;

import fr.plume.sync.format.DraftItem;
import java.util.List;
import java.util.Optional;

/** Port to the published open modules of the tool, whose questions can be exported as Moodle XML. */
public interface OpenModuleQuestionSource {

    /** The module if it exists and is published; drafts and modules under review are not exported. */
    Optional<PublishedModule> publishedModule(String moduleId);

    record PublishedModule(String moduleId, String title, String licence, List<DraftItem> questions) {

        public PublishedModule {
            questions = List.copyOf(questions);
        }
    }
}
