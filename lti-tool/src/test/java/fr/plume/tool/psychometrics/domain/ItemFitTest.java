package fr.plume.tool.psychometrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.psychometrics.domain.SampleBank.BankItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ItemFitTest {

    @Test
    void removingAnItemFromTheSummedScoreDistributionGivesTheShorterTestsDistribution() {
        double[][] p = {{0.2, 0.7}, {0.9, 0.4}, {0.5, 0.1}};
        double[][] all = ItemFit.lordWingersky(p, 3, 2);
        double[][] firstTwo = ItemFit.lordWingersky(new double[][] {p[0], p[1]}, 2, 2);
        double[][] lastTwo = ItemFit.lordWingersky(new double[][] {p[1], p[2]}, 2, 2);
        for (int s = 0; s <= 2; s++) {
            double[] withoutLast = ItemFit.withoutItemAtScore(all, p[2], s, 2);
            double[] withoutFirst = ItemFit.withoutItemAtScore(all, p[0], s, 2);
            for (int g = 0; g < 2; g++) {
                assertThat(withoutLast[g]).isCloseTo(firstTwo[s][g], within(1e-12));
                assertThat(withoutFirst[g]).isCloseTo(lastTwo[s][g], within(1e-12));
            }
        }
    }

    /**
     * 6,000 candidates take 30 items drawn from the sample bank (sparse, as adaptive tests); every
     * item fits the 2PL except one whose curve is a step (0.25 below b, 0.85 above).
     */
    @Test
    void flagsAMisfittingItemAndFewFittingOnes() {
        SplittableRandom random = new SplittableRandom(2000);
        List<BankItem> bank = SampleBank.items();
        List<String> ids = new ArrayList<>(bank.stream().map(BankItem::id).toList());
        ids.add("step");
        ResponseTable.Builder builder = ResponseTable.builder(ids);
        for (int p = 0; p < 6000; p++) {
            double theta = random.nextGaussian();
            builder.nextPerson();
            for (int j : Simulation.draw(random, bank.size(), 29)) {
                builder.add(j, Simulation.answer(random, bank.get(j).a(), bank.get(j).b(), theta));
            }
            if (p % 4 == 0) {
                builder.add("step", random.nextDouble() < (theta < 0 ? 0.25 : 0.85));
            }
        }
        Map<String, ItemParameter> parameters = new HashMap<>();
        bank.forEach(item -> parameters.put(item.id(), item.parameter()));
        parameters.put("step", ItemParameter.fixed("step", 1.7, -0.1));

        Map<String, ItemFit.Result> fit = ItemFit.orlandoThissen(
                new AbilityScoring(builder.build(), parameters, LatentGrid.standard()));

        long flagged = bank.stream().filter(item -> fit.get(item.id()).pValue() < 0.01).count();
        System.out.printf("S-X²: fitting items flagged at 1 %%: %d/%d (%.1f %%); step item S-X²=%.1f df=%d p=%.2g%n",
                flagged, bank.size(), 100.0 * flagged / bank.size(), fit.get("step").chiSquare(),
                fit.get("step").degreesOfFreedom(), fit.get("step").pValue());
        assertThat(fit.get("step").pValue()).isLessThan(0.01);
        assertThat((double) flagged / bank.size()).isLessThanOrEqualTo(0.03);
        assertThat(bank.stream().mapToInt(item -> fit.get(item.id()).degreesOfFreedom()).min().orElseThrow())
                .isGreaterThan(3);
    }
}
