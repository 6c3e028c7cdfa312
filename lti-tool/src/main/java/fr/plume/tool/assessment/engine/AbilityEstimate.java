package fr.plume.tool.assessment.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a test at a point in time: global θ (EAP) with its SE, the level and scaled score
 * from the scoring configuration in force, and one estimate per competency.
 *
 * @param scoringVersion version of the {@link ScoringConfiguration} that produced level and score
 * @param competencies   per-competency estimates, by competency code, in bank order
 */
public record AbilityEstimate(double theta, double standardError, int level, double levelProbability,
                              int scaledScore, double scaledStandardError, String scoringVersion, int itemCount,
                              Map<String, CompetencyEstimate> competencies) {

    public AbilityEstimate {
        competencies = Collections.unmodifiableMap(new LinkedHashMap<>(competencies));
    }
}
