package fr.plume.tool.assessment.engine.sim;

import fr.plume.tool.assessment.engine.ItemParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates a plausible bank: log a ~ N(0.2, 0.25²) clipped to [0.5, 2.5] (median a ≈ 1.2),
 * b ~ N(0, 1.1²) clipped to [−3.5, 3.5], families of 1 to 3 variants whose difficulties differ by
 * ±0.2, 80 % of families accessible, competencies C01, C02, … in turn.
 */
public final class SimulatedBank {

    private SimulatedBank() {
    }

    public static List<ItemParameters> generate(int itemCount, int competencyCount, RandomGenerator random) {
        if (itemCount < 1 || competencyCount < 1) {
            throw new IllegalArgumentException("need at least one item and one competency");
        }
        List<ItemParameters> items = new ArrayList<>(itemCount);
        int family = 0;
        while (items.size() < itemCount) {
            String competency = String.format("C%02d", family % competencyCount + 1);
            String familyId = String.format("F%05d", family + 1);
            double familyB = clamp(random.nextGaussian(0.0, 1.1), -3.5, 3.5);
            boolean accessible = random.nextDouble() < 0.8;
            int variants = 1 + random.nextInt(3);
            for (int v = 0; v < variants && items.size() < itemCount; v++) {
                double a = clamp(Math.exp(random.nextGaussian(0.2, 0.25)), 0.5, 2.5);
                double b = v == 0 ? familyB : clamp(familyB + random.nextDouble(-0.2, 0.2), -3.5, 3.5);
                items.add(new ItemParameters(String.format("I%05d", items.size() + 1), competency, familyId, a, b,
                        accessible));
            }
            family++;
        }
        return items;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
