package fr.plume.tool.psychometrics.domain;

import java.util.List;
import java.util.Optional;

/**
 * The results of a calibration: a new parameter version on the current scale.
 *
 * @param linking the Stocking–Lord transformation applied (identity for fixed-anchor runs)
 */
public record CalibrationRun(String version, List<ItemEstimate> items, int iterations, boolean converged,
                             double populationMean, double populationSd, Linking linking) {

    public CalibrationRun {
        items = List.copyOf(items);
    }

    public Optional<ItemEstimate> item(String itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }
}
