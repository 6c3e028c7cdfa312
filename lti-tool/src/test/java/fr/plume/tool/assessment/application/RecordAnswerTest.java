package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.domain.AbilityPosterior;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Recording an answer, on in-memory ports that count what each request reads and writes. */
class RecordAnswerTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());

    private CurrentItem.ToAnswer next(Attempt attempt) {
        return (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
    }

    private RecordAnswer.Outcome answer(Attempt attempt, CurrentItem.ToAnswer current, boolean right) {
        assessment.attempts.resetCalls();
        return assessment.recordAnswer.record(student, attempt.id(), current.shown().token(),
                assessment.answer(current, right));
    }

    @Test
    void anAnswerReadsTheAttemptOnceAndSavesItOnce() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());

        RecordAnswer.Outcome outcome = answer(attempt, next(attempt), true);

        assertThat(outcome).isEqualTo(new RecordAnswer.Saved(1, false, false));
        assertThat(assessment.attempts.calls).containsExactly(Map.entry("lock", 1), Map.entry("saveAnswer", 1));
    }

    @Test
    void aPracticeAnswerUpdatesMasteryOnceAndTheLastOneToo() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.2"));

        RecordAnswer.Outcome first = answer(attempt, next(attempt), true);
        assertThat(first).isEqualTo(new RecordAnswer.Saved(1, false, true));
        assertThat(assessment.attempts.calls).containsExactly(Map.entry("answeredForMastery", 1), Map.entry("lock", 1),
                Map.entry("saveAnswer", 1), Map.entry("saveMastery", 1));
        assertThat(assessment.attempts.mastery(student.memberId(), student.userId()))
                .singleElement().satisfies(mastery -> {
                    assertThat(mastery.competency()).isEqualTo("1.2");
                    assertThat(mastery.itemCount()).isEqualTo(1);
                });

        RecordAnswer.Outcome last = first;
        for (int i = 0; i < 25 && !((RecordAnswer.Saved) last).completed(); i++) {
            last = answer(attempt, next(attempt), i % 3 != 0);
        }

        assertThat(((RecordAnswer.Saved) last).completed()).isTrue();
        assertThat(assessment.attempts.calls).as("the answer that ends the practice").containsExactly(
                Map.entry("answeredForMastery", 1), Map.entry("complete", 1), Map.entry("lock", 1),
                Map.entry("saveAnswer", 1), Map.entry("saveMastery", 1));
        assertThat(assessment.attempts.attempts.get(attempt.id()).status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(assessment.grades).singleElement().satisfies(grade -> {
            assertThat(grade.attemptId()).isEqualTo(attempt.id());
            assertThat(grade.mode()).isEqualTo("FORMATIVE");
        });
    }

    @Test
    void thetaIsUpdatedFromTheStoredPosteriorAndEqualsItsRecomputationFromEveryAnswer() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        RecordAnswer.Outcome outcome;
        int answered = 0;
        do {
            outcome = answer(attempt, next(attempt), answered % 4 != 1);
            answered++;
            List<ScoredResponse> responses = assessment.shown(attempt.id()).stream().filter(ShownItem::scored)
                    .map(item -> new ScoredResponse(item.parameters(), item.correct())).toList();
            AdaptiveTest recomputed = AdaptiveTest.resume(assessment.bank.current().bank(),
                    AttemptState.blueprint(attempt), CandidateContext.firstAttempt(), AttemptState.scoring(attempt),
                    responses);
            AbilityPosterior stored = assessment.attempts.posteriors.get(attempt.id());
            assertThat(stored.answers()).isEqualTo(answered);
            assertThat(stored.logDensity()).as("after answer %d", answered).containsExactly(recomputed.logPosterior());
            if (((RecordAnswer.Saved) outcome).completed()) {
                assertThat(assessment.attempts.estimates.get(attempt.id())).isEqualTo(recomputed.estimate());
            }
        } while (!((RecordAnswer.Saved) outcome).completed());

        assertThat(answered).isBetween(15, 30);
    }

    @Test
    void aResentAnswerIsRecognisedAndChangesNothing() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"));
        CurrentItem.ToAnswer current = next(attempt);
        answer(attempt, current, true);
        AbilityPosterior before = assessment.attempts.posteriors.get(attempt.id());

        RecordAnswer.Outcome again = answer(attempt, current, false);

        assertThat(again).isEqualTo(new RecordAnswer.AlreadyRecorded(1, true, false, true));
        assertThat(assessment.attempts.calls).containsExactly(Map.entry("lock", 1));
        assertThat(assessment.shown(attempt.id()).get(0).correct()).isTrue();
        assertThat(assessment.attempts.posteriors.get(attempt.id())).isEqualTo(before);
    }

    @Test
    void aTokenThatIsNotThePendingItemsIsRefusedAndNothingIsSaved() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        CurrentItem.ToAnswer current = next(attempt);
        assessment.attempts.resetCalls();

        assertThatThrownBy(() -> assessment.recordAnswer.record(student, attempt.id(), "forged",
                assessment.answer(current, true)))
                .isInstanceOfSatisfying(PlumeProblemException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ASSESSMENT-OUT-OF-ORDER");
                    assertThat(refused.status()).isEqualTo(409);
                });
        assertThat(assessment.attempts.calls).containsExactly(Map.entry("lock", 1));
        assertThat(assessment.shown(attempt.id())).noneMatch(ShownItem::answered);
    }

    @Test
    void anIncompleteAnswerIsNotSaved() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        CurrentItem.ToAnswer current = next(attempt);
        assessment.attempts.resetCalls();

        RecordAnswer.Outcome outcome = assessment.recordAnswer.record(student, attempt.id(), current.shown().token(),
                Map.of("token", List.of(current.shown().token())));

        assertThat(outcome).isEqualTo(new RecordAnswer.Incomplete("itembank.missing.choice"));
        assertThat(assessment.attempts.calls).containsExactly(Map.entry("lock", 1));
    }

    @Test
    void anotherStudentsAttemptIsNotFound() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        CurrentItem.ToAnswer current = next(attempt);
        Student other = new Student(student.memberId(), UUID.randomUUID(), null, null, Map.of());

        assertThatThrownBy(() -> assessment.recordAnswer.record(other, attempt.id(), current.shown().token(),
                assessment.answer(current, true)))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-ATTEMPT-NOT-FOUND"));
    }
}
