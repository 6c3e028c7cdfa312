package fr.plume.tool.assessment.engine.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.CompetencyEstimate;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import fr.plume.tool.assessment.engine.irt.LogDensity;
import fr.plume.tool.assessment.engine.irt.QuadratureGrid;
import fr.plume.tool.assessment.engine.irt.TwoParameterLogistic;
import fr.plume.tool.assessment.engine.profile.DomainCodes;
import fr.plume.tool.assessment.engine.sim.SampleShapedBank;
import fr.plume.tool.assessment.engine.sim.SimulatedBank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AdaptiveTestTest {

    private static final ScoringConfiguration SCORING = ScoringConfigurations.INITIAL;
    private static final List<ItemParameters> ITEMS = SimulatedBank.generate(600, 16, new SplittableRandom(7));
    private static final ItemBank BANK = ItemBank.of(ITEMS);

    /** Runs one test for a candidate of ability θ; returns the finished test. */
    private static AdaptiveTest run(TestBlueprint blueprint, CandidateContext candidate, double theta,
                                    SplittableRandom random) {
        AdaptiveTest test = AdaptiveTest.start(BANK, blueprint, candidate, SCORING);
        Optional<ItemParameters> next;
        while ((next = test.nextItem(random)).isPresent()) {
            ItemParameters item = next.get();
            test.record(item, random.nextDouble() < TwoParameterLogistic.probability(item.a(), item.b(), theta));
        }
        return test;
    }

    private static Map<String, Long> perCompetency(AdaptiveTest test) {
        return test.responses().stream()
                .collect(Collectors.groupingBy(r -> r.item().competencyCode(), Collectors.counting()));
    }

    @Test
    void certificationHasFortyItemsAndVisitsEveryCompetencyWithinItsLimits() {
        SplittableRandom random = new SplittableRandom(1);
        for (int candidate = 0; candidate < 100; candidate++) {
            AdaptiveTest test = run(TestBlueprint.certification(), CandidateContext.firstAttempt(),
                    random.nextGaussian(), random);
            assertThat(test.answeredCount()).isBetween(32, 50);
            assertThat(test.stopReason().orElseThrow()).isIn(StopReason.MAXIMUM_LENGTH, StopReason.LEVEL_DECIDED);
            Map<String, Long> counts = perCompetency(test);
            assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(BANK.competencies());
            assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(2L, 4L));
        }
    }

    @Test
    void diagnosticStopsOnPrecisionBetweenFifteenAndThirtyItemsAfterVisitingEveryCompetency() {
        SplittableRandom random = new SplittableRandom(2);
        int stoppedOnPrecision = 0;
        for (int candidate = 0; candidate < 100; candidate++) {
            AdaptiveTest test = run(TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                    random.nextGaussian(), random);
            assertThat(test.answeredCount()).isBetween(15, 30);
            StopReason reason = test.stopReason().orElseThrow();
            if (reason == StopReason.PRECISION_REACHED) {
                stoppedOnPrecision++;
                assertThat(test.standardError()).isLessThan(0.30);
                assertThat(perCompetency(test).keySet()).containsExactlyInAnyOrderElementsOf(BANK.competencies());
            } else {
                assertThat(reason).isEqualTo(StopReason.MAXIMUM_LENGTH);
                assertThat(test.answeredCount()).isEqualTo(30);
            }
            assertThat(perCompetency(test).values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(3L));
        }
        assertThat(stoppedOnPrecision).isGreaterThan(50);
    }

    @Test
    void neverGivesTwoItemsOfOneFamily() {
        SplittableRandom random = new SplittableRandom(3);
        for (int candidate = 0; candidate < 100; candidate++) {
            AdaptiveTest test = run(TestBlueprint.certification(), CandidateContext.firstAttempt(),
                    random.nextGaussian(), random);
            List<String> families = test.responses().stream().map(r -> r.item().familyId()).toList();
            assertThat(families).doesNotHaveDuplicates();
        }
        assertThat(ITEMS.stream().map(ItemParameters::familyId).distinct().count()).isLessThan(ITEMS.size());
    }

    @Test
    void candidatesWhoNeedAccessibleItemsOnlyGetAccessibleItems() {
        SplittableRandom random = new SplittableRandom(4);
        CandidateContext accommodated = new CandidateContext(Set.of(), true);
        for (int candidate = 0; candidate < 50; candidate++) {
            AdaptiveTest test = run(TestBlueprint.certification(), accommodated, random.nextGaussian(), random);
            assertThat(test.responses()).allSatisfy(r -> assertThat(r.item().accessible()).isTrue());
            assertThat(test.answeredCount()).isBetween(32, 50);
        }
    }

    @Test
    void itemsSeenInEarlierAttemptsAreNotRepeatedWhileTheBankAllows() {
        SplittableRandom random = new SplittableRandom(5);
        AdaptiveTest first = run(TestBlueprint.certification(), CandidateContext.firstAttempt(), 0.3, random);
        Set<String> seen = first.responses().stream().map(r -> r.item().itemId()).collect(Collectors.toSet());
        AdaptiveTest second = run(TestBlueprint.certification(), new CandidateContext(seen, false), 0.3, random);
        assertThat(second.responses()).noneSatisfy(r -> assertThat(seen).contains(r.item().itemId()));
    }

    @Test
    void seenItemsAreReusedWhenNothingElseRemains() {
        List<ItemParameters> small = List.of(
                new ItemParameters("a1", "A", null, 1, -1, true), new ItemParameters("a2", "A", null, 1, 0, true),
                new ItemParameters("b1", "B", null, 1, 0, true), new ItemParameters("b2", "B", null, 1, 1, true));
        ItemBank bank = ItemBank.of(small);
        TestBlueprint blueprint = TestBlueprint.certification().withStoppingRule(StoppingRule.fixedLength(4))
                .withContentBalance(ContentBalance.allCompetencies(1, 2));
        AdaptiveTest test = AdaptiveTest.start(bank, blueprint, new CandidateContext(Set.of("a1", "b2"), false),
                SCORING);
        SplittableRandom random = new SplittableRandom(6);
        List<String> given = new ArrayList<>();
        Optional<ItemParameters> next;
        while ((next = test.nextItem(random)).isPresent()) {
            given.add(next.get().itemId());
            test.record(next.get(), true);
        }
        assertThat(given).hasSize(4);
        assertThat(given.subList(0, 2)).containsExactlyInAnyOrder("a2", "b1");
        assertThat(given.subList(2, 4)).containsExactlyInAnyOrder("a1", "b2");
    }

    @Test
    void stopsWithBankExhaustedWhenNoEligibleItemRemains() {
        ItemBank bank = ItemBank.of(List.of(new ItemParameters("x", "A", "f", 1, 0, true),
                new ItemParameters("y", "A", "f", 1, 0.1, true)));
        AdaptiveTest test = AdaptiveTest.start(bank, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                SCORING);
        SplittableRandom random = new SplittableRandom(1);
        test.record(test.nextItem(random).orElseThrow(), false);
        assertThat(test.nextItem(random)).isEmpty();
        assertThat(test.stopReason()).contains(StopReason.BANK_EXHAUSTED);
    }

    @Test
    void startsEasy() {
        SplittableRandom random = new SplittableRandom(8);
        double sumB = 0;
        for (int i = 0; i < 200; i++) {
            AdaptiveTest test = AdaptiveTest.start(BANK, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                    SCORING);
            sumB += test.nextItem(random).orElseThrow().b();
        }
        assertThat(sumB / 200).isLessThan(-0.5);
    }

    @Test
    void resumingFromTheSavedResponsesGivesTheSameStateAsAnUninterruptedTest() {
        SplittableRandom random = new SplittableRandom(9);
        AdaptiveTest live = AdaptiveTest.start(BANK, TestBlueprint.certification(), CandidateContext.firstAttempt(),
                SCORING);
        for (int i = 0; i < 17; i++) {
            ItemParameters item = live.nextItem(random).orElseThrow();
            live.record(new ScoredResponse(item, random.nextBoolean()));
        }
        AdaptiveTest resumed = AdaptiveTest.resume(BANK, TestBlueprint.certification(),
                CandidateContext.firstAttempt(), SCORING, List.copyOf(live.responses()));

        assertThat(resumed.estimate()).isEqualTo(live.estimate());
        assertThat(resumed.answeredCount()).isEqualTo(17);
        assertThat(resumed.nextItem(new SplittableRandom(42))).isEqualTo(live.nextItem(new SplittableRandom(42)));
    }

    @Test
    void thetaUpdatedFromTheStoredPosteriorEqualsItsRecomputationFromEveryAnswer() {
        SplittableRandom random = new SplittableRandom(11);
        AdaptiveTest live = AdaptiveTest.start(BANK, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                SCORING);
        double[] stored = live.logPosterior();
        for (int i = 0; i < 20 && live.stopReason().isEmpty(); i++) {
            // one request: restore the test from what was stored after the previous answer, add this one
            AdaptiveTest request = AdaptiveTest.resume(BANK, TestBlueprint.diagnostic(),
                    CandidateContext.firstAttempt(), SCORING, List.copyOf(live.responses()), stored);
            ItemParameters item = request.nextItem(new SplittableRandom(i)).orElseThrow();
            assertThat(live.nextItem(new SplittableRandom(i))).contains(item);
            boolean correct = random.nextBoolean();
            request.record(item, correct);
            live.record(item, correct);
            stored = request.logPosterior();

            AdaptiveTest recomputed = AdaptiveTest.resume(BANK, TestBlueprint.diagnostic(),
                    CandidateContext.firstAttempt(), SCORING, List.copyOf(live.responses()));
            assertThat(request.theta()).isEqualTo(recomputed.theta());
            assertThat(request.standardError()).isEqualTo(recomputed.standardError());
            assertThat(request.logPosterior()).containsExactly(recomputed.logPosterior());
            assertThat(request.stopReason()).isEqualTo(recomputed.stopReason());
        }
        AdaptiveTest last = AdaptiveTest.resume(BANK, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                SCORING, List.copyOf(live.responses()), stored);
        assertThat(last.estimate()).isEqualTo(live.estimate());
        assertThat(last.answeredCount()).isEqualTo(live.answeredCount()).isPositive();
    }

    @Test
    void theStoredPosteriorIsTheOneRestored() {
        AdaptiveTest test = AdaptiveTest.start(BANK, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                SCORING);
        ItemParameters item = test.nextItem(new SplittableRandom(3)).orElseThrow();
        test.record(item, true);
        // a posterior that does not come from these answers is trusted as given: θ is not recomputed
        double[] shifted = test.logPosterior();
        for (int q = 0; q < shifted.length; q++) {
            shifted[q] -= q * 0.2;
        }
        AdaptiveTest restored = AdaptiveTest.resume(BANK, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                SCORING, List.copyOf(test.responses()), shifted);
        assertThat(restored.theta()).isLessThan(test.theta() - 0.5);
        assertThat(restored.answeredCount()).isEqualTo(1);
    }

    @Test
    void anAnswerIsRecordedOnlyOnce() {
        AdaptiveTest test = AdaptiveTest.start(BANK, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                SCORING);
        ItemParameters item = test.nextItem(new SplittableRandom(1)).orElseThrow();
        test.record(item, true);
        assertThatThrownBy(() -> test.record(item, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void usesTheCopiedParametersOfItemsThatLeftTheBank() {
        ItemParameters retired = new ItemParameters("retired", "C01", null, 1.5, 2.0, true);
        AdaptiveTest test = AdaptiveTest.resume(BANK, TestBlueprint.diagnostic(), CandidateContext.firstAttempt(),
                SCORING, List.of(new ScoredResponse(retired, true)));
        assertThat(test.theta()).isGreaterThan(0.3);
        assertThat(test.estimate().competencies().get("C01").itemCount()).isEqualTo(1);
    }

    @Test
    void competencyEstimatesShrinkTowardsTheGlobalTheta() {
        SplittableRandom random = new SplittableRandom(10);
        AdaptiveTest test = AdaptiveTest.start(BANK, TestBlueprint.formative(Set.of("C01", "C02")),
                CandidateContext.firstAttempt(), SCORING);
        for (int i = 0; i < 12; i++) {
            ItemParameters item = test.nextItem(random).orElseThrow();
            test.record(item, item.competencyCode().equals("C01"));
        }
        AbilityEstimate estimate = test.estimate();
        CompetencyEstimate strong = estimate.competencies().get("C01");
        CompetencyEstimate weak = estimate.competencies().get("C02");
        CompetencyEstimate unseen = estimate.competencies().get("C03");

        assertThat(estimate.competencies()).hasSize(16);
        assertThat(test.responses()).allSatisfy(r -> assertThat(r.item().competencyCode()).isIn("C01", "C02"));
        assertThat(strong.theta()).isGreaterThan(estimate.theta());
        assertThat(weak.theta()).isLessThan(estimate.theta());
        assertThat(unseen.itemCount()).isZero();
        // C03 is its own domain: it gets the general ability, which borrows ρ of the evidence
        assertThat(unseen.theta()).isBetween(Math.min(0.0, estimate.theta()), Math.max(0.0, estimate.theta()));
        assertThat(unseen.standardError()).isGreaterThan(estimate.standardError());
        assertThat(strong.standardError()).isLessThan(unseen.standardError());
        assertThat(strong.level()).isEqualTo(SCORING.level(strong.theta()));
        assertThat(strong.levelProbability()).isBetween(0.0, 1.0);
        assertThat(estimate.scaledScore()).isEqualTo(SCORING.scaledScore(estimate.theta()));
        assertThat(estimate.scoringVersion()).isEqualTo(SCORING.version());
    }

    @Test
    void randomesqueDrawsAmongTheMostInformativeItems() {
        SplittableRandom random = new SplittableRandom(11);
        Map<Integer, Integer> drawn = new HashMap<>();
        int[] all = new int[BANK.competencies().size()];
        for (int c = 0; c < all.length; c++) {
            all[c] = c;
        }
        byte[] availability = new byte[BANK.size()];
        for (int i = 0; i < 2000; i++) {
            drawn.merge(SelectNextItem.select(BANK, availability, all, SelectNextItem.AVAILABLE, 0, 1, 0.4, 5, random),
                    1, Integer::sum);
        }
        List<Integer> byInformation = new ArrayList<>();
        for (int i = 0; i < BANK.size(); i++) {
            byInformation.add(i);
        }
        byInformation.sort((x, y) -> Double.compare(TwoParameterLogistic.information(BANK.a(y), BANK.b(y), 0.4),
                TwoParameterLogistic.information(BANK.a(x), BANK.b(x), 0.4)));
        assertThat(drawn.keySet()).containsExactlyInAnyOrderElementsOf(byInformation.subList(0, 5));
        assertThat(drawn.values()).allSatisfy(count -> assertThat(count).isBetween(300, 500));

        availability[byInformation.get(0)] = SelectNextItem.BLOCKED;
        int best = SelectNextItem.select(BANK, availability, all, SelectNextItem.AVAILABLE, 0, 1, 0.4, 1, random);
        assertThat(best).isEqualTo(byInformation.get(1));
        assertThat(SelectNextItem.select(BANK, availability, new int[0], SelectNextItem.AVAILABLE, 0, 1, 0.4, 1,
                random)).isEqualTo(-1);
    }

    @Test
    void mostProbableLevelRuleReportsTheLevelOfLargestPosteriorMassWithTheEap() {
        TestBlueprint bayes = TestBlueprint.certification().withFinalEstimator(FinalEstimator.MOST_PROBABLE_LEVEL);

        AdaptiveTest test = run(bayes, CandidateContext.firstAttempt(), 0.3, new SplittableRandom(21));

        double[] cuts = SCORING.levelCutPoints().stream().mapToDouble(Double::doubleValue).toArray();
        double[] masses = LogDensity.of(QuadratureGrid.standard(), test.logPosterior()).bandMasses(cuts);
        int mostProbable = 0;
        for (int band = 1; band < masses.length; band++) {
            mostProbable = masses[band] > masses[mostProbable] ? band : mostProbable;
        }
        AbilityEstimate estimate = test.estimate();
        assertThat(estimate.theta()).isEqualTo(test.theta());
        assertThat(estimate.level()).isEqualTo(mostProbable + 1);
        assertThat(estimate.levelProbability()).isEqualTo(masses[mostProbable]);
        assertThat(test.stopReason()).isPresent();
        if (test.stopReason().get() == StopReason.LEVEL_DECIDED) {
            assertThat(estimate.levelProbability()).isGreaterThanOrEqualTo(0.90);
        }
    }

    @Test
    void itemsAtTheExposureCeilingAreSetAsideWhileOthersRemain() {
        TestBlueprint certification = TestBlueprint.certification();
        ItemParameters free = AdaptiveTest.start(BANK, certification, CandidateContext.firstAttempt(), SCORING)
                .nextItem(new SplittableRandom(3)).orElseThrow();
        List<String> everyItem = ITEMS.stream().map(ItemParameters::itemId).toList();

        ItemParameters capped = AdaptiveTest.start(BANK, certification, CandidateContext.firstAttempt(), SCORING)
                .useExposureCeiling(List.of(free.itemId())).nextItem(new SplittableRandom(3)).orElseThrow();
        Optional<ItemParameters> allCapped = AdaptiveTest.start(BANK, certification, CandidateContext.firstAttempt(),
                SCORING).useExposureCeiling(everyItem).nextItem(new SplittableRandom(3));

        assertThat(capped.itemId()).isNotEqualTo(free.itemId());
        assertThat(allCapped).as("the ceiling is lifted rather than ending the test").isPresent();
    }

    @Test
    void balancingByDomainInformationTakesTheLeastInformedDomainAmongCompetenciesWithAsManyItems() {
        ItemBank bank = ItemBank.of(SampleShapedBank.generate(20, new SplittableRandom(2026)));
        TestBlueprint blueprint = TestBlueprint.diagnostic().withStoppingRule(StoppingRule.fixedLength(30))
                .withContentBalance(ContentBalance.allCompetencies(1, 3).withDomainInformation());
        AdaptiveTest test = AdaptiveTest.start(bank, blueprint, CandidateContext.firstAttempt(), SCORING);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 16; i++) {
            ItemParameters item = test.nextItem(random).orElseThrow();
            test.record(item, random.nextBoolean());
        }
        Map<String, Double> information = new HashMap<>();
        for (ScoredResponse response : test.responses()) {
            information.merge(DomainCodes.domainOf(response.item().competencyCode()),
                    TwoParameterLogistic.information(response.item().a(), response.item().b(), test.theta()), Double::sum);
        }
        String leastInformed = information.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();

        ItemParameters next = test.nextItem(random).orElseThrow();

        assertThat(perCompetency(test).values()).as("every competency once").containsOnly(1L);
        assertThat(DomainCodes.domainOf(next.competencyCode())).isEqualTo(leastInformed);
    }
}
