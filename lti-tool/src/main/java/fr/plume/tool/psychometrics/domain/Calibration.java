package fr.plume.tool.psychometrics.domain;

import fr.plume.tool.assessment.api.ItemCalibration;
import fr.plume.tool.assessment.api.ItemCalibration.Status;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two kinds of calibration run, over the engine's MML-EM (through {@link ItemCalibration}),
 * with standard errors for every estimated item.
 */
public final class Calibration {

    private final ItemCalibration engine;

    public Calibration(ItemCalibration engine) {
        this.engine = engine;
    }

    /**
     * Fixed-anchor calibration: the operational items keep their parameters; the others (pretest
     * items) are estimated on the same scale, the latent mean and SD being estimated too.
     */
    public CalibrationRun fixedAnchor(ResponseTable table, Map<String, ItemParameter> operational, int minResponses,
                                      String version) {
        Map<String, ItemCalibration.Anchor> anchors = new HashMap<>();
        operational.forEach((id, item) -> {
            if (item.known() && table.indexOf(id) >= 0) {
                anchors.put(id, new ItemCalibration.Anchor(item.a(), item.b()));
            }
        });
        ItemCalibration.Outcome outcome = engine.calibrate(
                new ItemCalibration.Request(table.forCalibration(), anchors, minResponses, version));
        return withStandardErrors(table, outcome, Linking.IDENTITY);
    }

    /**
     * Full recalibration: every item is estimated afresh with θ ~ N(0, 1) for this data, then the
     * results are put back on the current scale by Stocking–Lord on the anchors (the items of
     * {@code current} that were estimated again).
     */
    public CalibrationRun recalibration(ResponseTable table, Map<String, ItemParameter> current, int minResponses,
                                        String version) {
        ItemCalibration.Outcome outcome = engine.calibrate(
                new ItemCalibration.Request(table.forCalibration(), Map.of(), minResponses, version));
        CalibrationRun unlinked = withStandardErrors(table, outcome, Linking.IDENTITY);
        Map<String, ItemParameter> newScale = new HashMap<>();
        unlinked.items().stream().filter(item -> item.status() == Status.ESTIMATED)
                .forEach(item -> newScale.put(item.itemId(), item.parameter()));
        Linking linking = StockingLord.link(current, newScale);
        List<ItemEstimate> linked = unlinked.items().stream()
                .map(item -> item.status() == Status.ESTIMATED
                        ? new ItemEstimate(linking.apply(item.parameter()), item.status(), item.responseCount())
                        : item)
                .toList();
        return new CalibrationRun(version, linked, outcome.iterations(), outcome.converged(),
                linking.slope() * outcome.populationMean() + linking.intercept(),
                linking.slope() * outcome.populationSd(), linking);
    }

    private static CalibrationRun withStandardErrors(ResponseTable table, ItemCalibration.Outcome outcome,
                                                     Linking linking) {
        Map<String, ItemParameter> parameters = new HashMap<>();
        Set<String> estimated = new HashSet<>();
        for (ItemCalibration.Item item : outcome.items()) {
            if (item.status() != Status.REFUSED_TOO_FEW_RESPONSES) {
                parameters.put(item.itemId(), ItemParameter.fixed(item.itemId(), item.a(), item.b()));
            }
            if (item.status() == Status.ESTIMATED) {
                estimated.add(item.itemId());
            }
        }
        AbilityScoring scoring = new AbilityScoring(table, parameters,
                LatentGrid.normal(outcome.populationMean(), outcome.populationSd()));
        Map<String, double[]> errors = StandardErrors.of(scoring, estimated);
        List<ItemEstimate> items = outcome.items().stream().map(item -> {
            double[] se = errors.getOrDefault(item.itemId(), new double[] {Double.NaN, Double.NaN});
            return new ItemEstimate(new ItemParameter(item.itemId(), item.a(), item.b(), se[0], se[1]),
                    item.status(), item.responseCount());
        }).toList();
        return new CalibrationRun(outcome.version(), items, outcome.iterations(), outcome.converged(),
                outcome.populationMean(), outcome.populationSd(), linking);
    }
}
