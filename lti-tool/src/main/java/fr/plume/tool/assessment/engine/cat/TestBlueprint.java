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
 *                        the least to the most discriminating stratum as it progresses; 1 disables it
 * @param startTheta      θ used to choose the first item; below the population mean so that the
 *                        test starts easy
 * @param selectionTarget where information is maximised (θ̂, or the nearest level cut point)
 * @param finalEstimator  estimator of the reported θ
 * @param exposureLimit   the largest share of candidates who may see one item, guaranteed by the
 *                        conditional Sympson–Hetter parameters of an {@link ExposureControl}
 *                        computed for this blueprint; it also sets the minimum bank size
 */
public record TestBlueprint(TestMode mode, StoppingRule stoppingRule, ContentBalance contentBalance,
                            int randomesqueSize, int exposureStrata, double startTheta,
                            SelectionTarget selectionTarget, FinalEstimator finalEstimator, double exposureLimit) {

    public static final int DEFAULT_RANDOMESQUE_SIZE = 8;
    public static final int DEFAULT_EXPOSURE_STRATA = 1;
    public static final int CERTIFICATION_RANDOMESQUE_SIZE = 2;
    public static final int CERTIFICATION_EXPOSURE_STRATA = 1;
    public static final double DEFAULT_START_THETA = -1.0;
    public static final double DIAGNOSTIC_EXPOSURE_LIMIT = 0.25;
    public static final double CERTIFICATION_EXPOSURE_LIMIT = 0.20;
    /** Certification length: at least 32 items, at most 50, stop when the level is 90 % sure. */
    public static final int CERTIFICATION_MIN_ITEMS = 32;
    public static final int CERTIFICATION_MAX_ITEMS = 50;
    public static final double CERTIFICATION_LEVEL_CONFIDENCE = 0.90;

    public TestBlueprint {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(stoppingRule, "stoppingRule");
        Objects.requireNonNull(contentBalance, "contentBalance");
        Objects.requireNonNull(selectionTarget, "selectionTarget");
        Objects.requireNonNull(finalEstimator, "finalEstimator");
        if (randomesqueSize < 1 || exposureStrata < 1) {
            throw new IllegalArgumentException("randomesqueSize and exposureStrata must be >= 1");
        }
        if (!(exposureLimit > 0.0 && exposureLimit <= 1.0)) {
            throw new IllegalArgumentException("exposure limit must be in (0, 1]");
        }
    }

    public TestBlueprint(TestMode mode, StoppingRule stoppingRule, ContentBalance contentBalance,
                         int randomesqueSize, int exposureStrata, double startTheta) {
        this(mode, stoppingRule, contentBalance, randomesqueSize, exposureStrata, startTheta,
                SelectionTarget.ESTIMATE, FinalEstimator.EAP, 1.0);
    }

    /** Placement: SE &lt; 0.30 after at least 15 items, at most 30; each competency 1 to 3 items. */
    public static TestBlueprint diagnostic() {
        return new TestBlueprint(TestMode.DIAGNOSTIC, StoppingRule.precision(15, 30, 0.30),
                ContentBalance.allCompetencies(1, 3), DEFAULT_RANDOMESQUE_SIZE, DEFAULT_EXPOSURE_STRATA,
                DEFAULT_START_THETA, SelectionTarget.ESTIMATE, FinalEstimator.EAP, DIAGNOSTIC_EXPOSURE_LIMIT);
    }

    /**
     * Certification: 32 to 50 items, stopping once the level is decided at 90 %; every competency
     * visited two to four times; items most informative at the cut point nearest θ̂; level from
     * the WLE; conditional exposure ≤ 0.20 (see docs/assessment-engine.md for the simulated
     * decision accuracy).
     */
    public static TestBlueprint certification() {
        return new TestBlueprint(TestMode.CERTIFICATION,
                StoppingRule.levelDecided(CERTIFICATION_MIN_ITEMS, CERTIFICATION_MAX_ITEMS,
                        CERTIFICATION_LEVEL_CONFIDENCE),
                ContentBalance.allCompetencies(2, 4), CERTIFICATION_RANDOMESQUE_SIZE, CERTIFICATION_EXPOSURE_STRATA,
                DEFAULT_START_THETA, SelectionTarget.NEAREST_CUT, FinalEstimator.WLE, CERTIFICATION_EXPOSURE_LIMIT);
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

    /**
     * The smallest bank that can keep every item's exposure under the limit: a test of n items
     * spread over N items exposes each at least n/N on average, so N ≥ maxItems / limit; and each
     * competency must hold minPerCompetency / limit items for its minimum to be met.
     */
    public MinimumBank minimumBank() {
        int total = (int) Math.ceil(stoppingRule.maxItems() / exposureLimit - 1e-9);
        int perCompetency = (int) Math.ceil(contentBalance.minPerCompetency() / exposureLimit - 1e-9);
        return new MinimumBank(total, perCompetency);
    }

    /** Minimum number of deliverable items, in total and per competency in scope. */
    public record MinimumBank(int items, int itemsPerCompetency) {
    }

    public TestBlueprint withStoppingRule(StoppingRule rule) {
        return new TestBlueprint(mode, rule, contentBalance, randomesqueSize, exposureStrata, startTheta,
                selectionTarget, finalEstimator, exposureLimit);
    }

    public TestBlueprint withContentBalance(ContentBalance balance) {
        return new TestBlueprint(mode, stoppingRule, balance, randomesqueSize, exposureStrata, startTheta,
                selectionTarget, finalEstimator, exposureLimit);
    }

    public TestBlueprint withRandomesqueSize(int size) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, size, exposureStrata, startTheta,
                selectionTarget, finalEstimator, exposureLimit);
    }

    public TestBlueprint withExposureStrata(int strata) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, strata, startTheta,
                selectionTarget, finalEstimator, exposureLimit);
    }

    /** E.g. a formative session may start at the candidate's current mastery estimate. */
    public TestBlueprint withStartTheta(double theta) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, exposureStrata, theta,
                selectionTarget, finalEstimator, exposureLimit);
    }

    public TestBlueprint withSelectionTarget(SelectionTarget target) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, exposureStrata, startTheta,
                target, finalEstimator, exposureLimit);
    }

    public TestBlueprint withFinalEstimator(FinalEstimator estimator) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, exposureStrata, startTheta,
                selectionTarget, estimator, exposureLimit);
    }

    public TestBlueprint withExposureLimit(double limit) {
        return new TestBlueprint(mode, stoppingRule, contentBalance, randomesqueSize, exposureStrata, startTheta,
                selectionTarget, finalEstimator, limit);
    }
}
