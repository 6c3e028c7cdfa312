package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.AbilityPosterior;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.itembank.api.PublishedItem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Unscored pretest items seeded in diagnostic and formative attempts, on in-memory ports. */
class PretestSeedingTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();

    private static Student student() {
        return new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Map.of());
    }

    @Test
    void pretestAnswersNeverMoveTheta() {
        List<PublishedItem> pretest = assessment.publishPretestItems("1.2", 6);
        Student student = student();
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());

        while (assessment.showNextItem.show(student, attempt.id()) instanceof CurrentItem.ToAnswer current) {
            AbilityPosterior before = assessment.attempts.posteriors.get(attempt.id());
            // pretest items are answered right, operational ones by a fixed rule: if they counted, θ would move
            boolean right = current.shown().pretest() || current.shown().parameters().b() < 0.3;
            assessment.recordAnswer.record(student, attempt.id(), current.shown().token(),
                    assessment.answer(current, right));
            if (current.shown().pretest()) {
                assertThat(assessment.attempts.posteriors.get(attempt.id())).as("posterior after a pretest answer")
                        .isEqualTo(before);
            }
        }

        List<ShownItem> shown = assessment.shown(attempt.id());
        Set<UUID> pretestIds = pretest.stream().map(p -> p.item().id()).collect(Collectors.toSet());
        assertThat(shown.stream().filter(ShownItem::pretest)).hasSize(2)
                .allSatisfy(item -> assertThat(pretestIds).contains(item.itemId()));
        assertThat(shown.stream().filter(item -> !item.pretest()).map(ShownItem::itemId))
                .as("the engine never chooses a pretest item").doesNotContainAnyElementsOf(pretestIds);
        List<ScoredResponse> operational = shown.stream().filter(item -> !item.pretest())
                .map(item -> new ScoredResponse(item.parameters(), item.correct())).toList();
        AbilityEstimate withoutPretest = AdaptiveTest.resume(assessment.bank.current().bank(),
                AttemptState.blueprint(attempt), new CandidateContext(Set.of(), false), AttemptState.scoring(attempt),
                operational).estimate();
        AbilityEstimate stored = assessment.attempts.estimates.get(attempt.id());
        assertThat(stored.theta()).isEqualTo(withoutPretest.theta());
        assertThat(stored.itemCount()).isEqualTo(operational.size());
        assertThat(assessment.attempts.mastery.values().stream().flatMap(m -> m.values().stream())
                .mapToInt(c -> c.itemCount()).sum()).as("mastery counts operational answers only")
                .isEqualTo(operational.size());
    }

    @Test
    void seedingOfAnItemStopsOnceItHasItsTargetOfAnswers() {
        PublishedItem item = assessment.publishPretestItems("2.1", 1).get(0);
        int target = PretestSettings.defaults().targetResponses();
        assessment.pretestCounts.counts.put(item.item().id(), target - 1);

        Student first = student();
        UUID firstAttempt = assessment.startAttempt.start(first, TestMode.DIAGNOSTIC, Set.of()).id();
        answerAll(first, firstAttempt);
        Student second = student();
        UUID secondAttempt = assessment.startAttempt.start(second, TestMode.DIAGNOSTIC, Set.of()).id();
        answerAll(second, secondAttempt);

        assertThat(assessment.shown(firstAttempt)).filteredOn(ShownItem::pretest).hasSize(1);
        assertThat(assessment.pretestCounts.counts.get(item.item().id())).isEqualTo(target);
        assertThat(assessment.shown(secondAttempt)).noneMatch(ShownItem::pretest)
                .noneMatch(shown -> shown.itemId().equals(item.item().id()));
        assertThat(assessment.pretestCounts.counts.get(item.item().id())).isEqualTo(target);
    }

    @Test
    void aFormativeAttemptOnlyCarriesPretestItemsOfItsCompetencies() {
        assessment.publishPretestItems("1.1", 3);
        PublishedItem practised = assessment.publishPretestItems("2.1", 1).get(0);
        Student student = student();
        UUID attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("2.1")).id();

        answerAll(student, attempt);

        assertThat(assessment.shown(attempt)).filteredOn(ShownItem::pretest).extracting(ShownItem::itemId)
                .containsExactly(practised.item().id());
    }

    @Test
    void certificationNeverCarriesPretestItems() {
        assessment.publishACertificationSizedBank();
        Set<UUID> pretestIds = assessment.publishPretestItems("1.1", 10).stream().map(p -> p.item().id())
                .collect(Collectors.toSet());
        Student candidate = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));
        Attempt attempt = assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of());

        CurrentItem.ToAnswer first = (CurrentItem.ToAnswer) assessment.showNextItem.show(candidate, attempt.id());
        answerAll(candidate, attempt.id());

        assertThat(first.maxItems()).as("no pretest slot announced")
                .isEqualTo(AttemptState.blueprint(attempt).stoppingRule().maxItems());
        assertThat(assessment.shown(attempt.id())).isNotEmpty().noneMatch(ShownItem::pretest)
                .noneMatch(item -> pretestIds.contains(item.itemId()));
    }

    @Test
    void theCounterCountsPretestItemsAndAnnouncesTheirSlots() {
        assessment.publishPretestItems("1.2", 4);
        Student student = student();
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());

        int number = 0;
        while (assessment.showNextItem.show(student, attempt.id()) instanceof CurrentItem.ToAnswer current) {
            number++;
            assertThat(current.answeredCount() + 1).as("question number").isEqualTo(number);
            assertThat(current.maxItems()).isEqualTo(30 + 2);
            assessment.recordAnswer.record(student, attempt.id(), current.shown().token(),
                    assessment.answer(current, number % 2 == 0));
        }
    }

    private void answerAll(Student student, UUID attemptId) {
        int n = 0;
        while (assessment.showNextItem.show(student, attemptId) instanceof CurrentItem.ToAnswer current) {
            assessment.recordAnswer.record(student, attemptId, current.shown().token(),
                    assessment.answer(current, ++n % 3 != 0));
        }
    }
}
