package fr.plume.tool.psychometrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.assessment.application.CalibrateItems;
import fr.plume.tool.psychometrics.domain.SampleBank.BankItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StockingLordTest {

    @Test
    void findsAKnownTransformationExactly() {
        Map<String, ItemParameter> current = new HashMap<>();
        Map<String, ItemParameter> transformed = new HashMap<>();
        double[][] items = {{1.2, -1.0}, {0.8, 0.0}, {1.5, 0.7}, {1.0, 1.8}, {2.0, -0.3}};
        for (int i = 0; i < items.length; i++) {
            current.put("i" + i, ItemParameter.fixed("i" + i, items[i][0], items[i][1]));
            // θ_new = (θ_current − 0.4) / 1.2
            transformed.put("i" + i, ItemParameter.fixed("i" + i, items[i][0] * 1.2, (items[i][1] - 0.4) / 1.2));
        }

        Linking linking = StockingLord.link(current, transformed);

        assertThat(linking.slope()).isCloseTo(1.2, within(1e-4));
        assertThat(linking.intercept()).isCloseTo(0.4, within(1e-4));
        assertThat(linking.apply(transformed.get("i2")).b()).isCloseTo(0.7, within(1e-4));
    }

    @Test
    void refusesToLinkWithFewerThanTwoAnchors() {
        Map<String, ItemParameter> one = Map.of("i", ItemParameter.fixed("i", 1.0, 0.0));
        assertThatThrownBy(() -> StockingLord.link(one, one)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Issue 16: a recalibration of a population shifted by +0.5 lands back within 0.05 on the mean of b. */
    @Test
    void recalibrationOfAShiftedPopulationLandsBackOnTheCurrentScale() {
        SplittableRandom random = new SplittableRandom(1605);
        List<BankItem> bank = SampleBank.items();
        ResponseTable.Builder builder = ResponseTable.builder(bank.stream().map(BankItem::id).toList());
        for (int p = 0; p < 10_000; p++) {
            double theta = random.nextGaussian(0.5, 1.0);
            builder.nextPerson();
            for (int j : Simulation.draw(random, bank.size(), 30)) {
                builder.add(bank.get(j).id(), Simulation.answer(random, bank.get(j).a(), bank.get(j).b(), theta));
            }
        }
        Map<String, ItemParameter> current = new HashMap<>();
        bank.forEach(item -> current.put(item.id(), item.parameter()));

        CalibrationRun run = new Calibration(new CalibrateItems()).recalibration(builder.build(), current, 200, "2026.2");

        double[] trueB = bank.stream().mapToDouble(BankItem::b).toArray();
        double[] linkedB = bank.stream().mapToDouble(item -> run.item(item.id()).orElseThrow().parameter().b()).toArray();
        double unlinkedMean = Simulation.mean(bank.stream().mapToDouble(item -> {
            ItemParameter linked = run.item(item.id()).orElseThrow().parameter();
            return (linked.b() - run.linking().intercept()) / run.linking().slope();
        }).toArray());
        System.out.printf("linking: A=%.3f B=%.3f mean b true=%.3f unlinked=%.3f linked=%.3f RMSE(b)=%.3f "
                        + "population mean=%.3f sd=%.3f%n", run.linking().slope(), run.linking().intercept(),
                Simulation.mean(trueB), unlinkedMean, Simulation.mean(linkedB), Simulation.rmse(linkedB, trueB),
                run.populationMean(), run.populationSd());
        assertThat(run.items()).allMatch(item -> item.status() == Status.ESTIMATED);
        assertThat(unlinkedMean - Simulation.mean(trueB)).as("before linking, the scale follows the new population")
                .isCloseTo(-0.5, within(0.1));
        assertThat(Simulation.mean(linkedB) - Simulation.mean(trueB)).isCloseTo(0.0, within(0.05));
        assertThat(run.populationMean()).isCloseTo(0.5, within(0.05));
    }
}
