package fr.plume.tool.assessment.api;

import java.util.Map;
import java.util.UUID;

/** How far pretest seeding has gone: answers collected per pretest item, and the target for each. */
public interface PretestProgress {

    /** Answers collected by each pretest item that has any, all members together. */
    Map<UUID, Integer> responses();

    /** Answers wanted per pretest item; seeding of an item stops once it has them. */
    int targetResponses();
}
