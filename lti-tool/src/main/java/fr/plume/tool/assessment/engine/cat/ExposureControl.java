package fr.plume.tool.assessment.engine.cat;

import fr.plume.tool.assessment.engine.ItemBank;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conditional Sympson–Hetter exposure control (Stocking &amp; Lewis, 1998): when the selection
 * proposes item i to a candidate whose provisional θ̂ lies in band j, the item is given with
 * probability k_ij, otherwise the next best item is proposed. The k_ij are computed by
 * simulation ({@link ExposureCalibration}) so that, for candidates of every θ band, no item is
 * given to more than the blueprint's limit; bounding every conditional exposure also bounds the
 * exposure in any population. The parameters are a value: they are computed from the bank and the
 * blueprint with a fixed seed, so every node computes or reads the same ones.
 *
 * @param bandCuts  increasing θ boundaries of the bands (the level cut points): band j is
 *                  [bandCuts[j−1], bandCuts[j])
 * @param parameters k per item id, one value per band (items absent are never filtered)
 */
public record ExposureControl(double[] bandCuts, Map<String, double[]> parameters) {

    public ExposureControl {
        bandCuts = bandCuts.clone();
        int bands = bandCuts.length + 1;
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> entry : parameters.entrySet()) {
            if (entry.getValue().length != bands) {
                throw new IllegalArgumentException("item " + entry.getKey() + ": expected " + bands + " values");
            }
            copy.put(entry.getKey(), entry.getValue().clone());
        }
        parameters = java.util.Collections.unmodifiableMap(copy);
    }

    /** No filtering at all. */
    public static ExposureControl none(List<Double> cuts) {
        return new ExposureControl(cuts.stream().mapToDouble(Double::doubleValue).toArray(), Map.of());
    }

    public int bands() {
        return bandCuts.length + 1;
    }

    public int band(double theta) {
        int band = 0;
        for (double cut : bandCuts) {
            if (theta >= cut) {
                band++;
            }
        }
        return band;
    }

    /** k per bank index and band, for the selection's hot loop. */
    double[][] forBank(ItemBank bank) {
        double[][] table = new double[bank.size()][];
        double[] open = new double[bands()];
        Arrays.fill(open, 1.0);
        for (int i = 0; i < bank.size(); i++) {
            table[i] = parameters.getOrDefault(bank.item(i).itemId(), open);
        }
        return table;
    }

    /** Largest k of an item over the bands (1 when unfiltered). */
    public double probability(String itemId, int band) {
        double[] values = parameters.get(itemId);
        return values == null ? 1.0 : values[band];
    }
}
