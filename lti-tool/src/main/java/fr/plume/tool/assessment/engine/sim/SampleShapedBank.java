package fr.plume.tool.assessment.engine.sim;

import fr.plume.framework.content.IrtPrior;
import fr.plume.tool.assessment.engine.ItemParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A bank shaped like the sample bank of the written-French framework: 4 domains × 4 competencies
 * ("1.1" … "4.4"), the same number of items in each, levels 1 to 6 in turn, a uniform in
 * [1.0, 1.6], b the level's prior difficulty ± 0.15, families of two variants (same level) for
 * one item in four, every item accessible.
 */
public final class SampleShapedBank {

    private SampleShapedBank() {
    }

    public static List<ItemParameters> generate(int itemsPerCompetency, RandomGenerator random) {
        List<ItemParameters> items = new ArrayList<>();
        for (int domain = 1; domain <= 4; domain++) {
            for (int competency = 1; competency <= 4; competency++) {
                String code = domain + "." + competency;
                String family = null;
                for (int i = 0; i < itemsPerCompetency; i++) {
                    boolean variant = family != null && i % 4 == 1;
                    int level = 1 + (variant ? i - 1 : i) % 6;
                    if (!variant) {
                        family = String.format("%s-f%02d", code, i + 1);
                    }
                    double a = random.nextDouble(1.0, 1.6);
                    double b = IrtPrior.difficultyForLevel(level) + random.nextDouble(-0.15, 0.15);
                    items.add(new ItemParameters(String.format("%s-%02d", code, i + 1), code, family, a, b, true));
                }
            }
        }
        return items;
    }
}
