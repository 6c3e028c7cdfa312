package fr.plume.tool.assessment.engine.profile;

import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.irt.LogDensity;
import java.util.Collection;

/**
 * The prior a certifying test starts from: centred on the candidate's recent profile (the levels of
 * their diagnostic), but as wide as the population ({@link #WIDENED_SD}), so it weighs about as much
 * as two well-targeted answers. It moves where the test starts and which cut the first items
 * target; it never decides the level, which comes from the WLE of the answers alone (the WLE does
 * not use a prior).
 *
 * @param mean              θ the test starts from
 * @param standardDeviation the prior SD of the global θ
 */
public record ProfilePrior(double mean, double standardDeviation) {

    /**
     * Not the profile's own SE (about 0.3 after a diagnostic): the profile may be months old and
     * was estimated on other items; with SD 0.3 the EAP would stay near it for most of the test.
     */
    public static final double WIDENED_SD = 1.0;
    /** A level-1 or level-6 profile starts this far beyond the outer cut (those levels are open-ended). */
    static final double OUTER_LEVEL_OFFSET = 0.5;
    /** A profile never starts the test further out than this. */
    static final double MAX_START = 2.5;

    public ProfilePrior {
        if (!Double.isFinite(mean) || !(standardDeviation > 0.0)) {
            throw new IllegalArgumentException("invalid prior " + mean + ", " + standardDeviation);
        }
    }

    /** The population prior N(0, 1): no profile. */
    public static ProfilePrior population() {
        return new ProfilePrior(0.0, 1.0);
    }

    /**
     * The prior from the levels (1–6) of a recent profile: the mean of the levels' middles on
     * {@code scoring}'s θ scale, with the widened SD; the population prior when there is none.
     */
    public static ProfilePrior fromLevels(Collection<Integer> levels, ScoringConfiguration scoring) {
        if (levels.isEmpty()) {
            return population();
        }
        double mean = levels.stream().mapToDouble(level -> middle(level, scoring)).average().orElse(0.0);
        return new ProfilePrior(Math.max(-MAX_START, Math.min(MAX_START, mean)), WIDENED_SD);
    }

    static double middle(int level, ScoringConfiguration scoring) {
        double lower = scoring.levelLowerBound(level);
        double upper = scoring.levelUpperBound(level);
        if (Double.isInfinite(lower)) {
            return upper - OUTER_LEVEL_OFFSET;
        }
        if (Double.isInfinite(upper)) {
            return lower + OUTER_LEVEL_OFFSET;
        }
        return (lower + upper) / 2.0;
    }

    /** The estimation settings with this prior on the global θ (the rest as in {@code base}). */
    public EstimationSettings settings(EstimationSettings base) {
        return new EstimationSettings(base.grid(), mean, standardDeviation, base.competencySpreadSd(),
                base.domainCorrelation());
    }

    /** The log density of this prior on {@code settings}' grid: the posterior before any answer. */
    public double[] logDensity(EstimationSettings settings) {
        return LogDensity.normal(settings.grid(), mean, standardDeviation).values();
    }
}
