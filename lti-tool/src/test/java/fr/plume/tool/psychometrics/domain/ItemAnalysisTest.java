package fr.plume.tool.psychometrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 3,000 candidates answer a 20-item form: "good" is a four-option item that fits; "unused" has a
 * distractor nobody picks; "second-key" has a distractor the able candidates choose; "flat" does
 * not discriminate; "drifted" moved by 0.6 since the version in delivery.
 */
class ItemAnalysisTest {

    private static final int CANDIDATES = 3000;
    private static Map<String, ItemReport> reports;

    @BeforeAll
    static void analyse() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> ids = new ArrayList<>(List.of("good", "unused", "second-key", "flat", "drifted", "rare"));
        Map<String, ItemParameter> parameters = new HashMap<>();
        for (int j = 0; j < 15; j++) {
            ids.add("op" + j);
            parameters.put("op" + j, ItemParameter.fixed("op" + j, 1.3, -2.0 + j * 0.28));
        }
        parameters.put("good", new ItemParameter("good", 1.2, 0.0, 0.05, 0.05));
        parameters.put("unused", new ItemParameter("unused", 1.2, 0.3, 0.05, 0.05));
        parameters.put("second-key", new ItemParameter("second-key", 1.0, 0.2, 0.05, 0.05));
        parameters.put("flat", new ItemParameter("flat", 0.2, 0.0, 0.05, 0.3));
        parameters.put("drifted", new ItemParameter("drifted", 1.2, 0.6, 0.05, 0.05));
        ResponseTable.Builder builder = ResponseTable.builder(ids);
        Map<String, Map<Integer, Integer>> chosen = new HashMap<>();
        ids.subList(0, 3).forEach(id -> chosen.put(id, new HashMap<>()));
        int response = 0;
        for (int p = 0; p < CANDIDATES; p++) {
            double theta = random.nextGaussian();
            builder.nextPerson();
            for (int j = 0; j < 15; j++) {
                builder.add("op" + j, Simulation.answer(random, 1.3, -2.0 + j * 0.28, theta));
                response++;
            }
            boolean good = Simulation.answer(random, 1.2, 0.0, theta);
            builder.add("good", good);
            chosen.get("good").put(response++, good ? 0 : 1 + random.nextInt(3));
            boolean unused = Simulation.answer(random, 1.2, 0.3, theta);
            builder.add("unused", unused);
            chosen.get("unused").put(response++, unused ? 0 : 1 + random.nextInt(2));
            boolean second = Simulation.answer(random, 1.0, 0.2, theta);
            builder.add("second-key", second);
            // wrong answers of able candidates go to option 3, of the others to 1 or 2
            chosen.get("second-key").put(response++, second ? 0 : theta > 0.5 ? 3 : 1 + random.nextInt(2));
            builder.add("flat", random.nextDouble() < 0.5);
            response++;
            builder.add("drifted", Simulation.answer(random, 1.2, 0.6, theta));
            response++;
            if (p < 100) {
                builder.add("rare", Simulation.answer(random, 1.0, 0.0, theta));
                response++;
            }
        }
        Map<String, ItemParameter> delivered = Map.of("drifted", new ItemParameter("drifted", 1.2, 0.0, 0.05, 0.05),
                "good", new ItemParameter("good", 1.25, 0.05, 0.05, 0.05));
        Map<String, ItemAnalysis.Choices> choices = new HashMap<>();
        chosen.forEach((id, options) -> choices.put(id, new ItemAnalysis.Choices(4, 0, options)));
        AbilityScoring scoring = new AbilityScoring(builder.build(), parameters, LatentGrid.standard());
        reports = new HashMap<>();
        ItemAnalysis.analyse(scoring, parameters, delivered, choices).forEach(r -> reports.put(r.itemId(), r));
    }

    @Test
    void reportsClassicalStatisticsAndParametersOfAFittingItemWithoutFlags() {
        ItemReport good = reports.get("good");
        assertThat(good.responseCount()).isEqualTo(CANDIDATES);
        assertThat(good.pValue()).isCloseTo(0.5, within(0.03));
        assertThat(good.pointBiserial()).isGreaterThan(0.4);
        assertThat(good.parameter().seB()).isEqualTo(0.05);
        assertThat(good.drift().deltaB()).isCloseTo(-0.05, within(1e-9));
        assertThat(good.distractors()).hasSize(4);
        assertThat(good.distractors().get(0).key()).isTrue();
        assertThat(good.distractors().get(1).pointBiserial()).isNegative();
        assertThat(good.flags()).isEmpty();
    }

    @Test
    void flagsEachProblemWithTheRuleThatRaisedIt() {
        assertThat(rules("unused")).containsExactly(FlagRule.UNUSED_DISTRACTOR);
        assertThat(reports.get("unused").flags().get(0).evidence()).isEqualTo("3: 0.00");
        assertThat(rules("second-key")).contains(FlagRule.DISTRACTOR_ATTRACTS_ABLE);
        assertThat(rules("flat")).contains(FlagRule.LOW_POINT_BISERIAL, FlagRule.LOW_DISCRIMINATION);
        assertThat(rules("drifted")).containsExactly(FlagRule.DRIFT);
        assertThat(reports.get("drifted").flags().get(0).evidence()).isEqualTo("Δb=+0.60");
        assertThat(rules("rare")).containsExactly(FlagRule.TOO_FEW_RESPONSES);
    }

    private static List<FlagRule> rules(String itemId) {
        return reports.get(itemId).flags().stream().map(Flag::rule).toList();
    }
}
