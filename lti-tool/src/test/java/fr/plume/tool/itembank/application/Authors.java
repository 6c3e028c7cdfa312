package fr.plume.tool.itembank.application;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.itembank.domain.Author;
import java.util.UUID;

/** Authors and item forms for the authoring tests: each call gives people no other test uses. */
final class Authors {

    private Authors() {
    }

    static Author someone(String name) {
        return Author.launched(UUID.randomUUID(), UUID.randomUUID(), name);
    }

    /** A complete single-choice item of competency 1.1 whose stem carries {@code marker}. */
    static ItemForm singleChoice(UUID id, String marker) {
        return new ItemForm(id, ItemType.SINGLE_CHOICE, "1.1", 2, "Elles sont ___ au marché. " + marker, "",
                """
                {"options": ["allées", "allé", "allés"], "correct": 0}""",
                "Avec être, le participe s’accorde avec le sujet.", "", "Accord du participe passé avec être.", "",
                "", true, true, "");
    }
}
