package fr.plume.tool.assessment.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a test at a point in time: global θ with its SE (EAP, or WLE for certification),
 * the level and scaled score from the scoring configuration in force, and estimates per domain
 * and per competency from the higher-order model.
 *
 * @param scoringVersion version of the {@link ScoringConfiguration} that produced level and score
 * @param competencies   per-competency estimates, by competency code, in bank order
 * @param domains        per-domain estimates, by domain code, in order of first competency
 */
public record AbilityEstimate(double theta, double standardError, int level, double levelProbability,
                              int scaledScore, double scaledStandardError, String scoringVersion, int itemCount,
                              Map<String, CompetencyEstimate> competencies, Map<String, DomainEstimate> domains) {

    public AbilityEstimate {
        competencies = Collections.unmodifiableMap(new LinkedHashMap<>(competencies));
        domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    }

    public AbilityEstimate(double theta, double standardError, int level, double levelProbability, int scaledScore,
                           double scaledStandardError, String scoringVersion, int itemCount,
                           Map<String, CompetencyEstimate> competencies) {
        this(theta, standardError, level, levelProbability, scaledScore, scaledStandardError, scoringVersion,
                itemCount, competencies, Map.of());
    }
}
