package fr.plume.tool.assessment.domain;

import java.util.Map;
import java.util.UUID;

/**
 * How many answers each pretest item has collected, consortium-wide (the bank is shared). Kept in
 * the database and incremented in place, so several nodes count together.
 */
public interface PretestCounts {

    /** Answers collected so far by each pretest item that has any (absent: none). */
    Map<UUID, Integer> responses();

    /** Counts one more answer to this pretest item. */
    void addResponse(UUID itemId);
}
