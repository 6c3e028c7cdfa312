package fr.plume.tool.assessment.engine.sim;

import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.DomainEstimate;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.ExposureCeiling;
import fr.plume.tool.assessment.engine.cat.ExposureControl;
import fr.plume.tool.assessment.engine.cat.StopReason;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.irt.NormalDistribution;
import fr.plume.tool.assessment.engine.irt.TwoParameterLogistic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Monte-Carlo study of an adaptive test: simulated candidates of a {@link Population} answer
 * according to the 2PL model with the bank's own parameters (each item at the ability of its
 * competency); the reported estimates are compared with the true abilities.
 */
public final class CatSimulation {

    private static final double[] BAND_EDGES = {Double.NEGATIVE_INFINITY, -2.0, -1.0, 0.0, 1.0, 2.0,
            Double.POSITIVE_INFINITY};
    private static final int LEVELS = ScoringConfiguration.LEVELS;

    private final ItemBank bank;
    private final TestBlueprint blueprint;
    private final ScoringConfiguration scoring = ScoringConfigurations.INITIAL;
    private Population population = Population.unidimensional();
    private ExposureControl exposureControl;
    private ExposureCeiling exposureCeiling;
    private TestBlueprint priorDiagnostic;
    private boolean withoutPopulationPrior;

    public CatSimulation(ItemBank bank, TestBlueprint blueprint) {
        this.bank = bank;
        this.blueprint = blueprint;
    }

    public CatSimulation withPopulation(Population candidates) {
        this.population = candidates;
        return this;
    }

    public CatSimulation withExposureControl(ExposureControl control) {
        this.exposureControl = control;
        return this;
    }

    /**
     * Also applies the ceiling on running exposure counts, the counts being those of the
     * simulation so far (as the shared counts are in live delivery).
     */
    public CatSimulation withExposureCeiling(ExposureCeiling ceiling) {
        this.exposureCeiling = ceiling;
        return this;
    }

    /**
     * Each candidate first takes this diagnostic (no exposure control), and the test under study
     * starts from its posterior N(EAP, SD²) as prior, with the diagnostic's items counted as seen
     * in an earlier attempt (so they are avoided): a certification after a recent placement.
     */
    public CatSimulation withPriorFromDiagnostic(TestBlueprint diagnostic) {
        this.priorDiagnostic = diagnostic;
        this.withoutPopulationPrior = false;
        return this;
    }

    /**
     * As {@link #withPriorFromDiagnostic}, but the prior is the diagnostic's likelihood alone (its
     * normal posterior with the population's N(0, 1) divided out): the certification then weighs
     * only the candidate's own answers, and a rare extreme level is not held back by how rare it is
     * in the population.
     */
    public CatSimulation withLikelihoodFromDiagnostic(TestBlueprint diagnostic) {
        this.priorDiagnostic = diagnostic;
        this.withoutPopulationPrior = true;
        return this;
    }

    /** @param checkpoints test lengths after which the RMSE is also reported (e.g. 15, 30) */
    public SimulationReport run(int candidates, long seed, int... checkpoints) {
        Accumulator totals = new Accumulator(checkpoints);
        SplittableRandom random = new SplittableRandom(seed);
        for (int candidate = 0; candidate < candidates; candidate++) {
            Population.Candidate truth = population.draw(bank.competencies(), random);
            AdaptiveTest test = priorDiagnostic == null
                    ? AdaptiveTest.start(bank, blueprint, CandidateContext.firstAttempt(), scoring)
                    : afterDiagnostic(truth, random);
            if (exposureControl != null) {
                test.useExposureControl(exposureControl, random.nextLong());
            }
            if (exposureCeiling != null) {
                test.useExposureCeiling(capped(totals.exposures, candidate + 1));
            }
            Optional<ItemParameters> next;
            while ((next = test.nextItem(random)).isPresent()) {
                ItemParameters item = next.get();
                totals.exposures[bank.indexOf(item.itemId()).orElseThrow()]++;
                double theta = truth.competency(item.competencyCode());
                test.record(item, random.nextDouble() < TwoParameterLogistic.probability(item.a(), item.b(), theta));
                totals.checkpoint(test, truth);
            }
            totals.end(test, truth, test.estimate());
        }
        return totals.report(candidates);
    }

    private AdaptiveTest afterDiagnostic(Population.Candidate truth, SplittableRandom random) {
        AdaptiveTest diagnostic = AdaptiveTest.start(bank, priorDiagnostic, CandidateContext.firstAttempt(), scoring);
        Optional<ItemParameters> next;
        while ((next = diagnostic.nextItem(random)).isPresent()) {
            ItemParameters item = next.get();
            double theta = truth.competency(item.competencyCode());
            diagnostic.record(item, random.nextDouble() < TwoParameterLogistic.probability(item.a(), item.b(), theta));
        }
        Set<String> seen = new HashSet<>();
        diagnostic.responses().forEach(response -> seen.add(response.item().itemId()));
        double mean = diagnostic.theta();
        double sd = diagnostic.standardError();
        if (withoutPopulationPrior && sd < 0.99) {
            // N(m, s²) × N(0, 1) = N(EAP, SD²) with 1/SD² = 1/s² + 1 and EAP = m(1 − SD²)
            mean = mean / (1.0 - sd * sd);
            sd = 1.0 / Math.sqrt(1.0 / (sd * sd) - 1.0);
        }
        return AdaptiveTest.startWithPrior(bank, blueprint, new CandidateContext(seen, false), scoring, mean, sd);
    }

    private List<String> capped(int[] given, long candidates) {
        List<String> capped = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            if (!exposureCeiling.allows(given[i], candidates)) {
                capped.add(bank.item(i).itemId());
            }
        }
        return capped;
    }

    private final class Accumulator {
        final int[] checkpoints;
        final int[] exposures = new int[bank.size()];
        final double[] checkpointSquares;
        final int[] checkpointCounts;
        final double[] domainCheckpointSquares;
        final int[] domainCheckpointCounts;
        final Map<String, Integer> stopReasons = new HashMap<>();
        final double[] bandSquares = new double[BAND_EDGES.length - 1];
        final double[] bandErrors = new double[BAND_EDGES.length - 1];
        final int[] bandCounts = new int[BAND_EDGES.length - 1];
        final int[] trueCounts = new int[LEVELS];
        final int[] recalled = new int[LEVELS];
        final int[] reportedCounts = new int[LEVELS];
        final double[] rudnerAccuracy = new double[LEVELS];
        final double[] rudnerConsistency = new double[LEVELS];
        double sumSquares;
        double sumErrors;
        long totalLength;
        int minLength = Integer.MAX_VALUE;
        int maxLength;
        int exact;
        int withinOne;
        double domainSquares;
        int domainCount;
        double competencySquares;
        double globalAsCompetencySquares;
        int competencyCount;

        Accumulator(int[] checkpoints) {
            this.checkpoints = checkpoints.clone();
            checkpointSquares = new double[checkpoints.length];
            checkpointCounts = new int[checkpoints.length];
            domainCheckpointSquares = new double[checkpoints.length];
            domainCheckpointCounts = new int[checkpoints.length];
        }

        void checkpoint(AdaptiveTest test, Population.Candidate truth) {
            for (int c = 0; c < checkpoints.length; c++) {
                if (test.answeredCount() == checkpoints[c]) {
                    double error = test.theta() - truth.general();
                    checkpointSquares[c] += error * error;
                    checkpointCounts[c]++;
                    if (!population.isUnidimensional()) {
                        for (DomainEstimate domain : test.estimate().domains().values()) {
                            double e = domain.theta() - truth.domains().get(domain.domainCode());
                            domainCheckpointSquares[c] += e * e;
                            domainCheckpointCounts[c]++;
                        }
                    }
                }
            }
        }

        void end(AdaptiveTest test, Population.Candidate truth, AbilityEstimate estimate) {
            double error = estimate.theta() - truth.general();
            sumSquares += error * error;
            sumErrors += error;
            for (int band = 0; band < bandCounts.length; band++) {
                if (truth.general() >= BAND_EDGES[band] && truth.general() < BAND_EDGES[band + 1]) {
                    bandSquares[band] += error * error;
                    bandErrors[band] += error;
                    bandCounts[band]++;
                }
            }
            totalLength += test.answeredCount();
            minLength = Math.min(minLength, test.answeredCount());
            maxLength = Math.max(maxLength, test.answeredCount());
            stopReasons.merge(test.stopReason().map(StopReason::name).orElse("NONE"), 1, Integer::sum);
            classify(truth, estimate);
            if (!population.isUnidimensional()) {
                for (DomainEstimate domain : estimate.domains().values()) {
                    double e = domain.theta() - truth.domains().get(domain.domainCode());
                    domainSquares += e * e;
                    domainCount++;
                }
                estimate.competencies().forEach((code, competency) -> {
                    double trueTheta = truth.competency(code);
                    competencySquares += Math.pow(competency.theta() - trueTheta, 2);
                    globalAsCompetencySquares += Math.pow(estimate.theta() - trueTheta, 2);
                    competencyCount++;
                });
            }
        }

        private void classify(Population.Candidate truth, AbilityEstimate estimate) {
            int trueLevel = scoring.level(truth.general());
            int reported = estimate.level();
            trueCounts[trueLevel - 1]++;
            reportedCounts[reported - 1]++;
            if (trueLevel == reported) {
                exact++;
                recalled[trueLevel - 1]++;
            }
            if (Math.abs(trueLevel - reported) <= 1) {
                withinOne++;
            }
            double se = Math.max(estimate.standardError(), 1e-6);
            double sumOfSquares = 0.0;
            for (int level = 1; level <= LEVELS; level++) {
                double p = NormalDistribution.cdf((scoring.levelUpperBound(level) - estimate.theta()) / se)
                        - NormalDistribution.cdf((scoring.levelLowerBound(level) - estimate.theta()) / se);
                sumOfSquares += p * p;
                if (level == reported) {
                    rudnerAccuracy[reported - 1] += p;
                }
            }
            rudnerConsistency[reported - 1] += sumOfSquares;
        }

        SimulationReport report(int candidates) {
            int maxExposure = 0;
            long sumExposure = 0;
            int over = 0;
            for (int count : exposures) {
                maxExposure = Math.max(maxExposure, count);
                sumExposure += count;
                if ((double) count / candidates > blueprint.exposureLimit()) {
                    over++;
                }
            }
            TreeMap<Integer, Double> rmseAfter = new TreeMap<>();
            TreeMap<Integer, Double> domainRmseAfter = new TreeMap<>();
            for (int c = 0; c < checkpoints.length; c++) {
                if (checkpointCounts[c] > 0) {
                    rmseAfter.put(checkpoints[c], Math.sqrt(checkpointSquares[c] / checkpointCounts[c]));
                }
                if (domainCheckpointCounts[c] > 0) {
                    domainRmseAfter.put(checkpoints[c], Math.sqrt(domainCheckpointSquares[c] / domainCheckpointCounts[c]));
                }
            }
            List<SimulationReport.Band> bands = new ArrayList<>();
            for (int band = 0; band < bandCounts.length; band++) {
                int n = bandCounts[band];
                bands.add(new SimulationReport.Band(BAND_EDGES[band], BAND_EDGES[band + 1], n,
                        n == 0 ? Double.NaN : Math.sqrt(bandSquares[band] / n), n == 0 ? Double.NaN : bandErrors[band] / n));
            }
            double[] recall = new double[LEVELS];
            double[] accuracy = new double[LEVELS + 1];
            double[] consistency = new double[LEVELS + 1];
            double totalAccuracy = 0.0;
            double totalConsistency = 0.0;
            for (int level = 0; level < LEVELS; level++) {
                recall[level] = trueCounts[level] == 0 ? Double.NaN : (double) recalled[level] / trueCounts[level];
                accuracy[level] = reportedCounts[level] == 0 ? Double.NaN : rudnerAccuracy[level] / reportedCounts[level];
                consistency[level] = reportedCounts[level] == 0 ? Double.NaN
                        : rudnerConsistency[level] / reportedCounts[level];
                totalAccuracy += rudnerAccuracy[level];
                totalConsistency += rudnerConsistency[level];
            }
            accuracy[LEVELS] = totalAccuracy / candidates;
            consistency[LEVELS] = totalConsistency / candidates;
            SimulationReport.Classification classification = new SimulationReport.Classification(
                    (double) exact / candidates, (double) withinOne / candidates, recall, trueCounts.clone(), accuracy,
                    consistency, reportedCounts.clone());
            return new SimulationReport(candidates, Math.sqrt(sumSquares / candidates), sumErrors / candidates,
                    (double) totalLength / candidates, minLength, maxLength, (double) maxExposure / candidates,
                    (double) sumExposure / candidates / bank.size(), blueprint.exposureLimit(), over, rmseAfter,
                    stopReasons, bands, classification,
                    domainCount == 0 ? Double.NaN : Math.sqrt(domainSquares / domainCount), domainRmseAfter,
                    competencyCount == 0 ? Double.NaN : Math.sqrt(competencySquares / competencyCount),
                    competencyCount == 0 ? Double.NaN : Math.sqrt(globalAsCompetencySquares / competencyCount));
        }
    }
}
