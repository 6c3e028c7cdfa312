package fr.plume.tool.assessment.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A versioned way of turning θ into a level (1–6) and a score on the published scale. Attempts use
 * the configuration in force on their start date (see {@link ScoringConfigurations#forDate}).
 *
 * @param version        identifier stored with every result
 * @param effectiveFrom  first start date to which this configuration applies
 * @param levelCutPoints five increasing θ cut points: θ &lt; cut₁ is level 1, cut₅ ≤ θ is level 6
 * @param scaleCentre    score at θ = 0
 * @param scaleUnit      score points per θ unit
 * @param scaleMin       lowest published score
 * @param scaleMax       highest published score
 */
public record ScoringConfiguration(String version, LocalDate effectiveFrom, List<Double> levelCutPoints,
                                   double scaleCentre, double scaleUnit, int scaleMin, int scaleMax) {

    public static final int LEVELS = 6;

    public ScoringConfiguration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        levelCutPoints = List.copyOf(levelCutPoints);
        if (levelCutPoints.size() != LEVELS - 1) {
            throw new IllegalArgumentException("need " + (LEVELS - 1) + " cut points, got " + levelCutPoints.size());
        }
        for (int i = 1; i < levelCutPoints.size(); i++) {
            if (!(levelCutPoints.get(i - 1) < levelCutPoints.get(i))) {
                throw new IllegalArgumentException("cut points must be strictly increasing: " + levelCutPoints);
            }
        }
        if (!(scaleUnit > 0.0) || scaleMin >= scaleMax) {
            throw new IllegalArgumentException("invalid score scale");
        }
    }

    /** Level 1 to 6: one plus the number of cut points at or below θ. */
    public int level(double theta) {
        int level = 1;
        for (double cut : levelCutPoints) {
            if (theta >= cut) {
                level++;
            }
        }
        return level;
    }

    /** Lower θ bound of a level (−∞ for level 1). */
    public double levelLowerBound(int level) {
        return level <= 1 ? Double.NEGATIVE_INFINITY : levelCutPoints.get(level - 2);
    }

    /** Upper θ bound (exclusive) of a level (+∞ for level 6). */
    public double levelUpperBound(int level) {
        return level >= LEVELS ? Double.POSITIVE_INFINITY : levelCutPoints.get(level - 1);
    }

    /** Linear transformation of θ, rounded and clamped to the published range. */
    public int scaledScore(double theta) {
        long score = Math.round(scaleCentre + scaleUnit * theta);
        return (int) Math.max(scaleMin, Math.min(scaleMax, score));
    }

    public double scaledStandardError(double standardError) {
        return scaleUnit * standardError;
    }
}
