package fr.plume.tool.assessment.engine.cat;

import java.util.Objects;
import java.util.Set;

/**
 * Per-mode configuration of an adaptive test.
 *
 * @param randomesqueSize exposure control: the next item is drawn uniformly among the k most
 *                        informative eligible items (Kingsbury &amp; Zara, 1989)
 * @param exposureStrata  a-stratification (Chang &amp; Ying, 1999): each competency's items are
 *                        split into this many strata by discrimination and the test moves from
 *                        the least to the most discriminating stratum as it progresses, so the
 *                        best items are kept for when θ̂ is precise and their exposure is spread
 *                        over candidates; 1 disables it
 * @param startTheta      θ used to choose the first item; below the population mean so that the
 *                        test starts easy
 */
public record TestBlueprint(TestMode mode, StoppingRule stoppingRule, ContentBalance contentBalance,
                            int randomesqueSize, int exposureStrata, double startTheta) {

    public static final int DEFAULT_RANDOMESQUE_SIZE = 8;
    public static final int DEFAULT_EXPOSURE_STRATA = 1;
    public static final int CERTIFICATION_RANDOMESQUE_SIZE = 5;
    public static final int CERTIFICATION_EXPOSURE_STRATA = 2;
    public static final double DEFAULT_START_THETA = -1.0;

    public TestBlueprint {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(stoppingRule, "stoppingRule");
        Objects.requireNonNull(contentBalance, "contentBalance");
        if (randomesqueSize < 1 || exposureStrata < 1) {
            throw new IllegalArgumentException("randomesqueSize and exposureStrata must be >= 1");
        }
    }

    /** Placement: SE &lt; 0.30 after at least 15 items, at most 30; each competency 1 to 3 items. */
    public static TestBlueprint diagnostic() {
        return new TestBlueprint(TestMode.DIAGNOSTIC, StoppingRule.precision(15, 30, 0.30),
                ContentBalance.allCompetencies(1, 3), DEFAULT_RANDOMESQUE_SIZE, DEFAULT_EXPOSURE_STRATA, DEFAULT_START_THETA);
    }

    /**
     * Certification: 40 items, every competency visited at least twice and at most four times;
     * two a-strata with top-5 randomesque keep the most used item under a quarter of candidates
     * (simulated 600-item bank: max exposure ≈ 0.23, RMSE ≈ 0.25; see docs/assessment-engine.md).
     */
    public static TestBlueprint certification() {
        return new TestBlueprint(TestMode.CERTIFICATION, StoppingRule.fixedLength(40),
                ContentBalance.allCompetencies(2, 4), CERTIFICATION_RANDOMESQUE_SIZE, CERTIFICATION_EXPOSURE_STRATA,
                DEFAULT_START_THETA);
    }

    /**
     * Practice on some competencies (all when empty). The caller may stop at any time; the
     * suggested rule ends a session after 5 to 20 items once SE &lt; 0.40 (enough to move a
     * mastery estimate by about half a level).
     */
    public static TestBlueprint formative(Set<String> competencies) {
        return new TestBlueprint(TestMode.FORMATIVE, StoppingRule.precision(5, 20, 0.40),
                new ContentBalance(0, 20, competencies), DEFAULT_RANDOMESQUE_SIZE, DEFAULT_EXPOSURE_STRATA, DEFAULT_START_THETA);
    }

    public TestBlueprint withStoppingRule(StoppingRule rule) {
        return new TestBlueprint(mode, rule, contentBalance, randomesqueSize, exposureStrata, startTheta);
    }

    public TestBlueprint withContentBalance(ContentBalance balance) {
        return new TestBlueprint(mode, stoppingRule, balance, randomesqueSize, exposureStrata, startTheta);
    }

    public TestBlueprint withRandomesqueSize(int size) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, size, exposureStrata, startTheta);
    }

    public TestBlueprint withExposureStrata(int strata) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, strata, startTheta);
    }

    /** E.g. a formative session may start at the candidate's current mastery estimate. */
    public TestBlueprint withStartTheta(double theta) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, exposureStrata, theta);
    }
}
