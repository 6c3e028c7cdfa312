package fr.plume.tool.psychometrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.psychometrics.domain.SampleBank.BankItem;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TestReportTest {

    /** θ ~ N(0, 1), θ̂ = θ + e with e ~ N(0, σ²): P(same side of 0) = ½ + arctan(1/σ)/π. */
    @Test
    void rudnerAccuracyAtOneCutMatchesTheClosedForm() {
        TestReport.Classification classification = TestReport.classification(theta -> 0.5, new double[] {0.0});

        assertThat(classification.accuracy()).isCloseTo(0.5 + Math.atan(2.0) / Math.PI, within(1e-4));
        assertThat(classification.accuracyAtCut()[0]).isCloseTo(classification.accuracy(), within(1e-12));
        assertThat(classification.consistency()).isLessThan(classification.accuracy());
    }

    @Test
    void rudnerAccuracyAgreesWithSimulatedClassifications() {
        SplittableRandom random = new SplittableRandom(5);
        double[] cuts = TestReport.LEVEL_CUTS;
        int agree = 0;
        int consistent = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double theta = random.nextGaussian();
            double se = 0.3 + 0.1 * Math.abs(theta);
            int level = level(theta, cuts);
            int first = level(theta + se * random.nextGaussian(), cuts);
            int second = level(theta + se * random.nextGaussian(), cuts);
            agree += first == level ? 1 : 0;
            consistent += first == second ? 1 : 0;
        }
        TestReport.Classification classification =
                TestReport.classification(theta -> 0.3 + 0.1 * Math.abs(theta), cuts);

        assertThat(classification.accuracy()).isCloseTo((double) agree / n, within(0.005));
        assertThat(classification.consistency()).isCloseTo((double) consistent / n, within(0.005));
    }

    @Test
    void curvesAndReliabilityOfTheSampleBankForThirtyItemTests() {
        List<ItemParameter> pool = SampleBank.items().stream().map(BankItem::parameter).toList();

        TestReport report = TestReport.of(pool, 30, TestReport.LEVEL_CUTS);

        TestReport.CurvePoint atZero = report.curve().get(40);
        assertThat(atZero.theta()).isCloseTo(0.0, within(1e-9));
        assertThat(atZero.information()).isEqualTo(TestReport.information(pool, 30, 0.0));
        assertThat(atZero.standardError()).isCloseTo(1 / Math.sqrt(atZero.information()), within(1e-12));
        assertThat(TestReport.information(pool.subList(0, 5), 30, 0.0))
                .as("a pool smaller than the test: the whole form")
                .isCloseTo(pool.subList(0, 5).stream().mapToDouble(i -> Irt.information(i.a(), i.b(), 0.0)).sum(),
                        within(1e-12));
        System.out.printf("test report (sample bank, 30 items): SE(0)=%.3f SE(-2)=%.3f SE(2)=%.3f reliability=%.3f "
                        + "accuracy=%.3f consistency=%.3f at cuts %s%n", atZero.standardError(),
                report.curve().get(20).standardError(), report.curve().get(60).standardError(),
                report.marginalReliability(), report.classification().accuracy(), report.classification().consistency(),
                java.util.Arrays.toString(report.classification().accuracyAtCut()));
        assertThat(report.marginalReliability()).isBetween(0.85, 0.99);
        assertThat(report.classification().accuracy()).isBetween(report.classification().consistency(), 1.0);
    }

    @Test
    void exposureReportsRatesOverExposedAndNeverShownItems() {
        Exposure exposure = Exposure.of(List.of("a", "b", "c", "d"), Map.of("a", 40, "b", 10, "c", 1), 100);

        assertThat(exposure.rates()).containsEntry("a", 0.4).containsEntry("d", 0.0);
        assertThat(exposure.maxRate()).isEqualTo(0.4);
        assertThat(exposure.overExposed()).isEqualTo(1);
        assertThat(exposure.neverShown()).isEqualTo(0.25);
    }

    @Test
    void coverageShowsWhereTheSampleBankIsThin() {
        List<BankItem> bank = SampleBank.items();
        List<String> competencies = bank.stream().map(BankItem::competency).distinct().sorted().toList();

        Coverage coverage = Coverage.of(competencies, 6,
                bank.stream().map(item -> new Coverage.Placed(item.competency(), item.level())).toList());

        assertThat(competencies).hasSize(16);
        int total = competencies.stream().mapToInt(c -> java.util.stream.IntStream.rangeClosed(1, 6)
                .map(level -> coverage.count(c, level)).sum()).sum();
        assertThat(total).isEqualTo(bank.size());
        assertThat(coverage.gaps()).allMatch(gap -> gap.count() < Coverage.MIN_ITEMS);
        System.out.printf("coverage: %d cells below %d items%n", coverage.gaps().size(), Coverage.MIN_ITEMS);
    }

    private static int level(double theta, double[] cuts) {
        int level = 0;
        while (level < cuts.length && theta >= cuts[level]) {
            level++;
        }
        return level;
    }
}
