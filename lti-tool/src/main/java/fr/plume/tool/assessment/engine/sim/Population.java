package fr.plume.tool.assessment.engine.sim;

import fr.plume.tool.assessment.engine.profile.DomainCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Simulated candidates: domain abilities with unit variance and pairwise correlation
 * {@code domainCorrelation}, competency abilities spread by {@code competencySpread} around their
 * domain's, everything shifted by {@code mean}. Correlation 1 and spread 0 is the
 * unidimensional population θ ~ N(mean, 1).
 */
public record Population(double mean, double domainCorrelation, double competencySpread) {

    public Population {
        if (!(domainCorrelation > 0.0 && domainCorrelation <= 1.0) || competencySpread < 0.0) {
            throw new IllegalArgumentException("need 0 < domain correlation <= 1 and spread >= 0");
        }
    }

    public static Population unidimensional() {
        return new Population(0.0, 1.0, 0.0);
    }

    /** The profile population of issue 15: domains correlated at 0.8, competencies spread by 0.4. */
    public static Population correlatedDomains() {
        return new Population(0.0, 0.8, 0.4);
    }

    public boolean isUnidimensional() {
        return domainCorrelation == 1.0 && competencySpread == 0.0;
    }

    /** "normal", "normal:MEAN" or "domains:CORRELATION:SPREAD" (e.g. domains:0.8:0.4). */
    public static Population parse(String text) {
        String[] parts = text.strip().split(":");
        return switch (parts[0]) {
            case "normal" -> new Population(parts.length > 1 ? Double.parseDouble(parts[1]) : 0.0, 1.0, 0.0);
            case "domains" -> new Population(0.0, Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
            default -> throw new IllegalArgumentException("population must be normal[:mean] or domains:rho:tau");
        };
    }

    /** One candidate's true abilities. */
    public record Candidate(double general, Map<String, Double> domains, Map<String, Double> competencies) {

        public double competency(String code) {
            return competencies.getOrDefault(code, general);
        }
    }

    /**
     * @return a candidate whose global ability is the mean of its domain abilities (the general
     *         θ itself when unidimensional)
     */
    public Candidate draw(List<String> competencyCodes, RandomGenerator random) {
        double g = random.nextGaussian();
        Map<String, Double> domains = new LinkedHashMap<>();
        Map<String, Double> competencies = new LinkedHashMap<>();
        for (String code : competencyCodes) {
            double domain = domains.computeIfAbsent(DomainCodes.domainOf(code), d ->
                    mean + Math.sqrt(domainCorrelation) * g + Math.sqrt(1.0 - domainCorrelation) * random.nextGaussian());
            competencies.put(code, domain + competencySpread * random.nextGaussian());
        }
        double general = isUnidimensional() ? mean + g
                : domains.values().stream().mapToDouble(Double::doubleValue).average().orElse(mean + g);
        return new Candidate(general, domains, competencies);
    }
}
