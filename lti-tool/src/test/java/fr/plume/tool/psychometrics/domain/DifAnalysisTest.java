package fr.plume.tool.psychometrics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.psychometrics.domain.SampleBank.BankItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Proof by simulation (issue 16): 100 replications of a 30-item form from the sample bank taken by
 * two groups of 2,000 (the focal group 0.3 lower on θ: impact must not pass for DIF). Item 0 is
 * 0.5 logit harder for the focal group (Δb = 0.5), item 1 discriminates differently in the two
 * groups (a 1.6 against 0.6: non-uniform DIF), the 28 others have none.
 */
class DifAnalysisTest {

    private static final int REPLICATIONS = 100;
    private static final int GROUP_SIZE = 2000;

    @Test
    void flagsUniformAndNonUniformDifAndRarelyFlagsFairItems() {
        List<BankItem> form = form();
        Map<String, ItemParameter> parameters = new HashMap<>();
        form.forEach(item -> parameters.put(item.id(), item.parameter()));
        SplittableRandom random = new SplittableRandom(2016);
        int uniformFlagged = 0;
        int nonUniformFlagged = 0;
        int fairFlagged = 0;
        int fairAnalysed = 0;
        int fairNonUniform = 0;
        int[] categories = new int[3];
        for (int replication = 0; replication < REPLICATIONS; replication++) {
            ResponseTable.Builder builder = ResponseTable.builder(form.stream().map(BankItem::id).toList());
            int[] group = new int[2 * GROUP_SIZE];
            for (int p = 0; p < 2 * GROUP_SIZE; p++) {
                group[p] = p < GROUP_SIZE ? 0 : 1;
                double theta = random.nextGaussian(group[p] == 1 ? -0.3 : 0.0, 1.0);
                builder.nextPerson();
                for (int j = 0; j < form.size(); j++) {
                    BankItem item = form.get(j);
                    double a = j == 1 ? (group[p] == 1 ? 0.6 : 1.6) : item.a();
                    double b = j == 0 && group[p] == 1 ? item.b() + 0.5 : item.b();
                    builder.add(j, Simulation.answer(random, a, b, theta));
                }
            }
            ResponseTable table = builder.build();
            double[] theta = new AbilityScoring(table, parameters, LatentGrid.standard()).expectedAbilities();

            List<DifResult> results = DifAnalysis.analyse(table, theta, group);

            assertThat(results).hasSize(form.size());
            DifResult uniform = results.get(0);
            categories[uniform.mantelHaenszel().category().ordinal()]++;
            uniformFlagged += uniform.flagged() ? 1 : 0;
            nonUniformFlagged += results.get(1).nonUniform() ? 1 : 0;
            for (DifResult fair : results.subList(2, results.size())) {
                fairAnalysed++;
                fairFlagged += fair.flagged() ? 1 : 0;
                fairNonUniform += fair.nonUniform() ? 1 : 0;
            }
        }
        System.out.printf("DIF: uniform item flagged %d/%d (A %d, B %d, C %d); non-uniform item flagged %d/%d; "
                        + "fair items flagged %d/%d (%.2f %%), of which non-uniform %d%n", uniformFlagged, REPLICATIONS,
                categories[0], categories[1], categories[2], nonUniformFlagged, REPLICATIONS, fairFlagged, fairAnalysed,
                100.0 * fairFlagged / fairAnalysed, fairNonUniform);
        assertThat(uniformFlagged).isGreaterThanOrEqualTo(90);
        assertThat(nonUniformFlagged).isGreaterThanOrEqualTo(80);
        assertThat((double) fairFlagged / fairAnalysed).isLessThanOrEqualTo(0.05);
    }

    @Test
    void leavesOutItemsWithTooFewResponsesInAGroup() {
        ResponseTable.Builder builder = ResponseTable.builder(List.of("x"));
        int[] group = new int[400];
        for (int p = 0; p < 400; p++) {
            group[p] = p < 300 ? 0 : 1;
            builder.nextPerson().add("x", p % 2 == 0);
        }
        assertThat(DifAnalysis.analyse(builder.build(), new double[400], group)).isEmpty();
    }

    /** 30 items spread over the bank's difficulties; the DIF item has the median discrimination. */
    private static List<BankItem> form() {
        List<BankItem> bank = new ArrayList<>(SampleBank.items());
        bank.sort(Comparator.comparingDouble(BankItem::b));
        List<BankItem> form = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            form.add(bank.get(i * bank.size() / 30 + 5));
        }
        form.sort(Comparator.comparingDouble(item -> Math.abs(item.b())));
        return form;
    }
}
