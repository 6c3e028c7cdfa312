package fr.plume.tool.assessment.engine.calibration;

import fr.plume.tool.assessment.engine.ItemParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new versioned parameter set with item statistics.
 *
 * @param populationMean mean of the latent distribution on the anchors' scale (0 without anchors)
 * @param populationSd   its standard deviation (1 without anchors)
 */
public record CalibrationResult(String parameterSetVersion, List<CalibratedItem> items, int iterations,
                                boolean converged, double populationMean, double populationSd) {

    public CalibrationResult {
        items = List.copyOf(items);
    }

    public Optional<CalibratedItem> item(String itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }

    /**
     * The bank's items with their new parameters: estimated items get the new a and b, anchors
     * and refused items keep theirs.
     */
    public List<ItemParameters> applyTo(Collection<ItemParameters> current) {
        Map<String, CalibratedItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.itemId(), item));
        List<ItemParameters> updated = new ArrayList<>(current.size());
        for (ItemParameters item : current) {
            CalibratedItem calibrated = byId.get(item.itemId());
            boolean estimated = calibrated != null && calibrated.status() == CalibrationStatus.ESTIMATED;
            updated.add(estimated ? item.withParameters(calibrated.a(), calibrated.b()) : item);
        }
        return updated;
    }
}
