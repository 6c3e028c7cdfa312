package fr.plume.tool.assessment.engine.sim;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Accuracy, exposure and decisions of a simulated adaptive test.
 *
 * @param rmse                 √mean(θ̂ − θ)² of the reported global θ at the end of the tests
 * @param bias                 mean(θ̂ − θ) at the end of the tests
 * @param rmseAfter            RMSE of the provisional EAP after exactly k items, over the tests that reached k
 * @param maxExposure          largest share of candidates who were given one item
 * @param meanExposure         mean share over the bank's items
 * @param itemsOverLimit       items given to more than the blueprint's exposure limit
 * @param stopReasons          number of tests per stop reason
 * @param bands                RMSE and bias by true θ band
 * @param levels               classification per level (true level, reported level, Rudner indices)
 * @param domainRmse           RMSE of the domain estimates at the end (NaN for a unidimensional population)
 * @param domainRmseAfter      the same after exactly k items
 * @param competencyRmse       RMSE of the competency estimates against the true competency abilities
 * @param competencyRmseOfGlobal RMSE of the global θ̂ used as every competency's estimate
 */
public record SimulationReport(int candidates, double rmse, double bias, double meanTestLength, int minTestLength,
                               int maxTestLength, double maxExposure, double meanExposure, double exposureLimit,
                               int itemsOverLimit, SortedMap<Integer, Double> rmseAfter,
                               Map<String, Integer> stopReasons, List<Band> bands, Classification classification,
                               double domainRmse, SortedMap<Integer, Double> domainRmseAfter, double competencyRmse,
                               double competencyRmseOfGlobal) {

    public SimulationReport {
        rmseAfter = new TreeMap<>(rmseAfter);
        domainRmseAfter = new TreeMap<>(domainRmseAfter);
        stopReasons = Map.copyOf(stopReasons);
        bands = List.copyOf(bands);
    }

    /** RMSE and bias of candidates whose true θ lies in [low, high). */
    public record Band(double low, double high, int candidates, double rmse, double bias) {
    }

    /**
     * Classification into levels 1–6.
     *
     * @param exactAccuracy   share of candidates reported at their true level
     * @param withinOne       share reported at most one level away
     * @param recall          per true level: share reported at it (index 0 = level 1); NaN when none
     * @param trueCounts      candidates per true level
     * @param rudnerAccuracy  per reported level: mean probability, under N(θ̂, SE²), that the true θ
     *                        lies in the reported level (Rudner, 2001); overall at index 6
     * @param rudnerConsistency per reported level: mean probability that two parallel tests give the
     *                        same level, Σ_k P_k² (Rudner, 2005); overall at index 6
     * @param reportedCounts  candidates per reported level
     */
    public record Classification(double exactAccuracy, double withinOne, double[] recall, int[] trueCounts,
                                 double[] rudnerAccuracy, double[] rudnerConsistency, int[] reportedCounts) {
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("candidates        %d%n", candidates));
        text.append(String.format("RMSE              %.3f%n", rmse));
        text.append(String.format("bias              %+.3f%n", bias));
        text.append(String.format("test length       mean %.2f, min %d, max %d%n", meanTestLength, minTestLength,
                maxTestLength));
        text.append(String.format("exposure max      %.3f (limit %.2f, %d items over)%n", maxExposure, exposureLimit,
                itemsOverLimit));
        text.append(String.format("exposure mean     %.3f%n", meanExposure));
        rmseAfter.forEach((k, value) -> text.append(String.format("RMSE after %-3d    %.3f%n", k, value)));
        new TreeMap<>(stopReasons).forEach((reason, count) ->
                text.append(String.format("stopped %-18s %d%n", reason, count)));
        text.append(String.format("%nby true θ band     n      RMSE    bias%n"));
        for (Band band : bands) {
            text.append(String.format("[%5.1f, %5.1f)  %6d   %.3f  %+.3f%n", band.low(), band.high(), band.candidates(),
                    band.rmse(), band.bias()));
        }
        if (!Double.isNaN(domainRmse)) {
            text.append(String.format("%ndomain RMSE       %.3f (end of test)%n", domainRmse));
            domainRmseAfter.forEach((k, value) -> text.append(String.format("domain RMSE after %-3d %.3f%n", k, value)));
            text.append(String.format("competency RMSE   %.3f; global θ̂ as competency estimate %.3f; ratio %.3f%n",
                    competencyRmse, competencyRmseOfGlobal, competencyRmse / competencyRmseOfGlobal));
        }
        Classification c = classification;
        text.append(String.format("%nlevels: exact %.3f, within one %.3f%n", c.exactAccuracy(), c.withinOne()));
        text.append(String.format("level  true n  recall  reported n  Rudner accuracy  Rudner consistency%n"));
        for (int level = 0; level < 6; level++) {
            text.append(String.format("%5d  %6d  %6.3f  %10d  %15.3f  %18.3f%n", level + 1, c.trueCounts()[level],
                    c.recall()[level], c.reportedCounts()[level], c.rudnerAccuracy()[level],
                    c.rudnerConsistency()[level]));
        }
        text.append(String.format("  all  %6d  %6.3f  %10d  %15.3f  %18.3f%n", candidates, c.exactAccuracy(), candidates,
                c.rudnerAccuracy()[6], c.rudnerConsistency()[6]));
        return text.toString();
    }
}
