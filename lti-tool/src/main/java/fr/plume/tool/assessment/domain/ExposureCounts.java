package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.cat.TestMode;
import java.util.Set;

/**
 * Running exposure counts per test mode, consortium-wide and shared by every node: candidates who
 * were given a first item, and the number of times each item was given (pretest items left out:
 * the engine does not choose them). What the exposure ceiling is computed from.
 */
public interface ExposureCounts {

    /** One more candidate of this mode: call when an attempt gets its first item. */
    void countCandidate(TestMode mode);

    /** The item was given once more in this mode. */
    void countGiven(TestMode mode, String itemId);

    long candidates(TestMode mode);

    /** Items of this mode given at least {@code times} times. */
    Set<String> givenAtLeast(TestMode mode, long times);
}
