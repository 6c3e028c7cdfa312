package fr.plume.tool.assessment.engine.sim;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Accuracy and exposure of a simulated adaptive test.
 *
 * @param rmse            √mean(θ̂ − θ)² at the end of the tests
 * @param bias            mean(θ̂ − θ) at the end of the tests
 * @param rmseAfter       RMSE after exactly k items, over the candidates whose test reached k
 * @param maxExposure     largest share of candidates who were given one item
 * @param meanExposure    mean share over the bank's items
 * @param stopReasons     number of tests per stop reason
 */
public record SimulationReport(int candidates, double rmse, double bias, double meanTestLength,
                               double maxExposure, double meanExposure, SortedMap<Integer, Double> rmseAfter,
                               Map<String, Integer> stopReasons) {

    public SimulationReport {
        rmseAfter = new TreeMap<>(rmseAfter);
        stopReasons = Map.copyOf(stopReasons);
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("candidates        %d%n", candidates));
        text.append(String.format("RMSE              %.3f%n", rmse));
        text.append(String.format("bias              %+.3f%n", bias));
        text.append(String.format("mean test length  %.2f%n", meanTestLength));
        text.append(String.format("exposure max      %.3f%n", maxExposure));
        text.append(String.format("exposure mean     %.3f%n", meanExposure));
        rmseAfter.forEach((k, value) -> text.append(String.format("RMSE after %-3d    %.3f%n", k, value)));
        new TreeMap<>(stopReasons).forEach((reason, count) ->
                text.append(String.format("stopped %-18s %d%n", reason, count)));
        return text.toString();
    }
}
