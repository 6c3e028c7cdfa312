package fr.plume.tool.assessment.engine.profile;

import fr.plume.tool.assessment.engine.irt.QuadratureGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Domain and competency abilities that borrow strength from each other, by exact inference in a
 * higher-order (hierarchical) normal model on the quadrature grid:
 * <pre>
 *   θ_g ~ N(0, ρ)                       general ability
 *   θ_d = θ_g + ε_d,  ε_d ~ N(0, 1 − ρ)  domains: unit variance, pairwise correlation ρ
 *   θ_c = θ_d + δ_c,  δ_c ~ N(0, τ²)     competencies of domain d
 * </pre>
 * This is the equicorrelated case of the correlated-domains model of multidimensional adaptive
 * testing (Segall, 1996) written as a tree (de la Torre &amp; Song, 2009, higher-order IRT), so
 * the posterior of every node is obtained by passing one-dimensional messages up and down the
 * tree (sum-product): 2 × (competencies + domains) Gaussian convolutions on the grid, about
 * 0.3 ms for 16 competencies. Nothing is approximated but the grid itself.
 */
public final class HigherOrderProfile {

    /** Posterior of one node on the grid, with its level probabilities computed by the caller. */
    public record Node(String code, double[] density, double mean, double standardDeviation, int itemCount) {

        /** Posterior mass of [lower, upper). */
        public double mass(double[] points, double lower, double upper) {
            double inside = 0.0;
            for (int q = 0; q < points.length; q++) {
                if (points[q] >= lower && points[q] < upper) {
                    inside += density[q];
                }
            }
            return inside;
        }
    }

    /** Posteriors of every domain and competency, in the order of the input competencies. */
    public record Result(Map<String, Node> domains, Map<String, Node> competencies) {
    }

    private final double[] points;
    private final double[][] competencyKernel;
    private final double[][] domainKernel;
    private final double[] generalPrior;

    /**
     * @param domainCorrelation ρ, the correlation between two domains' abilities (0 &lt; ρ &lt; 1)
     * @param competencySpread  τ, the SD of a competency's ability around its domain's
     */
    public HigherOrderProfile(QuadratureGrid grid, double domainCorrelation, double competencySpread) {
        if (!(domainCorrelation > 0.0 && domainCorrelation < 1.0)) {
            throw new IllegalArgumentException("domain correlation must be in (0, 1), got " + domainCorrelation);
        }
        if (!(competencySpread > 0.0)) {
            throw new IllegalArgumentException("competency spread must be positive, got " + competencySpread);
        }
        this.points = grid.points();
        this.competencyKernel = kernel(points, competencySpread);
        this.domainKernel = kernel(points, Math.sqrt(1.0 - domainCorrelation));
        this.generalPrior = new double[points.length];
        for (int q = 0; q < points.length; q++) {
            generalPrior[q] = -0.5 * points[q] * points[q] / domainCorrelation;
        }
    }

    public double[] points() {
        return points.clone();
    }

    /**
     * @param competencyLikelihoods log-likelihood of each competency's answers on the grid (zeros
     *                              for a competency without answers), by competency code
     * @param itemCounts            answers per competency code
     */
    public Result estimate(Map<String, double[]> competencyLikelihoods, Map<String, Integer> itemCounts) {
        Map<String, List<String>> byDomain = new LinkedHashMap<>();
        competencyLikelihoods.keySet().forEach(code ->
                byDomain.computeIfAbsent(DomainCodes.domainOf(code), d -> new ArrayList<>()).add(code));
        // Upward pass: messages competency → domain (log), domain likelihoods, messages domain → general.
        Map<String, double[]> upFromCompetency = new LinkedHashMap<>();
        Map<String, double[]> domainLikelihood = new LinkedHashMap<>();
        Map<String, double[]> upFromDomain = new LinkedHashMap<>();
        double[] general = generalPrior.clone();
        for (Map.Entry<String, List<String>> domain : byDomain.entrySet()) {
            double[] likelihood = new double[points.length];
            for (String competency : domain.getValue()) {
                double[] message = convolveLog(competencyLikelihoods.get(competency), competencyKernel);
                upFromCompetency.put(competency, message);
                add(likelihood, message, 1.0);
            }
            domainLikelihood.put(domain.getKey(), likelihood);
            double[] message = convolveLog(likelihood, domainKernel);
            upFromDomain.put(domain.getKey(), message);
            add(general, message, 1.0);
        }
        // Downward pass: each node's prior is the convolved posterior of its parent without its own message.
        Map<String, Node> domains = new LinkedHashMap<>();
        Map<String, Node> competencies = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> domain : byDomain.entrySet()) {
            double[] cavity = general.clone();
            add(cavity, upFromDomain.get(domain.getKey()), -1.0);
            double[] domainPosterior = convolveLog(cavity, domainKernel);
            add(domainPosterior, domainLikelihood.get(domain.getKey()), 1.0);
            int domainItems = 0;
            for (String competency : domain.getValue()) {
                double[] parent = domainPosterior.clone();
                add(parent, upFromCompetency.get(competency), -1.0);
                double[] competencyPosterior = convolveLog(parent, competencyKernel);
                add(competencyPosterior, competencyLikelihoods.get(competency), 1.0);
                int count = itemCounts.getOrDefault(competency, 0);
                domainItems += count;
                competencies.put(competency, node(competency, competencyPosterior, count));
            }
            domains.put(domain.getKey(), node(domain.getKey(), domainPosterior, domainItems));
        }
        Map<String, Node> orderedCompetencies = new LinkedHashMap<>();
        competencyLikelihoods.keySet().forEach(code -> orderedCompetencies.put(code, competencies.get(code)));
        return new Result(domains, orderedCompetencies);
    }

    private Node node(String code, double[] logDensity, int itemCount) {
        double[] density = normalise(logDensity);
        double mean = 0.0;
        double squares = 0.0;
        for (int q = 0; q < points.length; q++) {
            mean += density[q] * points[q];
            squares += density[q] * points[q] * points[q];
        }
        return new Node(code, density, mean, Math.sqrt(Math.max(squares - mean * mean, 0.0)), itemCount);
    }

    private static double[] normalise(double[] logDensity) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logDensity) {
            max = Math.max(max, v);
        }
        double[] density = new double[logDensity.length];
        double total = 0.0;
        for (int q = 0; q < density.length; q++) {
            density[q] = Math.exp(logDensity[q] - max);
            total += density[q];
        }
        for (int q = 0; q < density.length; q++) {
            density[q] /= total;
        }
        return density;
    }

    /** log ∫ exp(f(y)) N(x − y; 0, s²) dy on the grid, for every x (up to a constant). */
    private static double[] convolveLog(double[] logValues, double[][] kernel) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logValues) {
            max = Math.max(max, v);
        }
        int n = logValues.length;
        double[] linear = new double[n];
        for (int r = 0; r < n; r++) {
            linear[r] = Math.exp(logValues[r] - max);
        }
        double[] result = new double[n];
        for (int q = 0; q < n; q++) {
            double[] row = kernel[q];
            double sum = 0.0;
            for (int r = 0; r < n; r++) {
                sum += row[r] * linear[r];
            }
            result[q] = Math.log(Math.max(sum, Double.MIN_NORMAL)) + max;
        }
        return result;
    }

    private static double[][] kernel(double[] points, double sd) {
        int n = points.length;
        double[][] kernel = new double[n][n];
        for (int q = 0; q < n; q++) {
            for (int r = 0; r < n; r++) {
                double d = (points[q] - points[r]) / sd;
                kernel[q][r] = Math.exp(-0.5 * d * d);
            }
        }
        return kernel;
    }

    private static void add(double[] target, double[] values, double sign) {
        for (int q = 0; q < target.length; q++) {
            target[q] += sign * values[q];
        }
    }
}
