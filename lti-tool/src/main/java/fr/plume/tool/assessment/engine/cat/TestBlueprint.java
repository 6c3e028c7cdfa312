package fr.plume.tool.assessment.engine.cat;

import java.util.Objects;
import java.util.Set;

/**
 * Per-mode configuration of an adaptive test.
 *
 * @param randomesqueSize exposure control: the next item is drawn uniformly among the k most
 *                        informative eligible items (Kingsbury &amp; Zara, 1989)
 * @param startTheta      θ used to choose the first item; below the population mean so that the
 *                        test starts easy
 */
public record TestBlueprint(TestMode mode, StoppingRule stoppingRule, ContentBalance contentBalance,
                            int randomesqueSize, double startTheta) {

    public static final int DEFAULT_RANDOMESQUE_SIZE = 5;
    public static final double DEFAULT_START_THETA = -1.0;

    public TestBlueprint {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(stoppingRule, "stoppingRule");
        Objects.requireNonNull(contentBalance, "contentBalance");
        if (randomesqueSize < 1) {
            throw new IllegalArgumentException("randomesqueSize must be >= 1");
        }
    }

    /** Placement: SE &lt; 0.30 after at least 15 items, at most 30; each competency 1 to 3 items. */
    public static TestBlueprint diagnostic() {
        return new TestBlueprint(TestMode.DIAGNOSTIC, StoppingRule.precision(15, 30, 0.30),
                ContentBalance.allCompetencies(1, 3), DEFAULT_RANDOMESQUE_SIZE, DEFAULT_START_THETA);
    }

    /** Certification: 40 items, every competency visited at least twice and at most four times. */
    public static TestBlueprint certification() {
        return new TestBlueprint(TestMode.CERTIFICATION, StoppingRule.fixedLength(40),
                ContentBalance.allCompetencies(2, 4), DEFAULT_RANDOMESQUE_SIZE, DEFAULT_START_THETA);
    }

    /**
     * Practice on some competencies (all when empty). The caller may stop at any time; the
     * suggested rule ends a session after 5 to 20 items once SE &lt; 0.40 (enough to move a
     * mastery estimate by about half a level).
     */
    public static TestBlueprint formative(Set<String> competencies) {
        return new TestBlueprint(TestMode.FORMATIVE, StoppingRule.precision(5, 20, 0.40),
                new ContentBalance(0, 20, competencies), DEFAULT_RANDOMESQUE_SIZE, DEFAULT_START_THETA);
    }

    public TestBlueprint withStoppingRule(StoppingRule rule) {
        return new TestBlueprint(mode, rule, contentBalance, randomesqueSize, startTheta);
    }

    public TestBlueprint withContentBalance(ContentBalance balance) {
        return new TestBlueprint(mode, stoppingRule, balance, randomesqueSize, startTheta);
    }

    public TestBlueprint withRandomesqueSize(int size) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, size, startTheta);
    }

    /** E.g. a formative session may start at the candidate's current mastery estimate. */
    public TestBlueprint withStartTheta(double theta) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, theta);
    }
}
