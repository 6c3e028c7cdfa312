package fr.plume.tool.assessment.engine.sim;

import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.StopReason;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import fr.plume.tool.assessment.engine.irt.TwoParameterLogistic;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Monte-Carlo study of an adaptive test: candidates with θ ~ N(0, 1) answer according to the 2PL
 * model with the bank's own parameters; the recovered θ̂ is compared with the true θ.
 */
public final class CatSimulation {

    private final ItemBank bank;
    private final TestBlueprint blueprint;
    private final ScoringConfiguration scoring = ScoringConfigurations.INITIAL;

    public CatSimulation(ItemBank bank, TestBlueprint blueprint) {
        this.bank = bank;
        this.blueprint = blueprint;
    }

    /**
     * @param checkpoints test lengths after which the RMSE is also reported (e.g. 15, 30)
     */
    public SimulationReport run(int candidates, long seed, int... checkpoints) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] exposures = new int[bank.size()];
        double[] checkpointSquares = new double[checkpoints.length];
        int[] checkpointCounts = new int[checkpoints.length];
        Map<String, Integer> stopReasons = new HashMap<>();
        double sumSquares = 0.0;
        double sumErrors = 0.0;
        long totalLength = 0;
        for (int candidate = 0; candidate < candidates; candidate++) {
            double trueTheta = random.nextGaussian();
            AdaptiveTest test = AdaptiveTest.start(bank, blueprint, CandidateContext.firstAttempt(), scoring);
            Optional<ItemParameters> next;
            while ((next = test.nextItem(random)).isPresent()) {
                ItemParameters item = next.get();
                exposures[bank.indexOf(item.itemId()).orElseThrow()]++;
                boolean correct = random.nextDouble() < TwoParameterLogistic.probability(item.a(), item.b(), trueTheta);
                test.record(item, correct);
                for (int c = 0; c < checkpoints.length; c++) {
                    if (test.answeredCount() == checkpoints[c]) {
                        double error = test.theta() - trueTheta;
                        checkpointSquares[c] += error * error;
                        checkpointCounts[c]++;
                    }
                }
            }
            double error = test.theta() - trueTheta;
            sumSquares += error * error;
            sumErrors += error;
            totalLength += test.answeredCount();
            String reason = test.stopReason().map(StopReason::name).orElse("NONE");
            stopReasons.merge(reason, 1, Integer::sum);
        }
        int maxExposure = 0;
        long sumExposure = 0;
        for (int count : exposures) {
            maxExposure = Math.max(maxExposure, count);
            sumExposure += count;
        }
        TreeMap<Integer, Double> rmseAfter = new TreeMap<>();
        for (int c = 0; c < checkpoints.length; c++) {
            if (checkpointCounts[c] > 0) {
                rmseAfter.put(checkpoints[c], Math.sqrt(checkpointSquares[c] / checkpointCounts[c]));
            }
        }
        return new SimulationReport(candidates, Math.sqrt(sumSquares / candidates), sumErrors / candidates,
                (double) totalLength / candidates, (double) maxExposure / candidates,
                (double) sumExposure / candidates / bank.size(), rmseAfter, stopReasons);
    }
}
