package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.api.AttemptCompleted;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.Validity;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ending an attempt: what is stored, queued and published, on in-memory ports. */
class CompleteAttemptTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final UUID member = UUID.randomUUID();
    private final UUID user = UUID.randomUUID();

    private Attempt attempt(TestMode mode, boolean writing) {
        Instant now = Instant.now(assessment.clock);
        Attempt attempt = new Attempt(UUID.randomUUID(), member, user, UUID.randomUUID(), UUID.randomUUID(), mode,
                writing ? Set.of("1.1") : Set.of(), 7, false, 0, AttemptState.scoringVersionFor(now), now, null,
                AttemptStatus.IN_PROGRESS, null, null, writing, null);
        assessment.attempts.insert(attempt);
        return attempt;
    }

    /** The attempt's test after {@code answers} answers, alternately right and wrong. */
    private AdaptiveTest answered(Attempt attempt, int answers) {
        List<ItemParameters> items = assessment.bank.current().bank().items();
        List<ScoredResponse> responses = items.subList(0, answers).stream()
                .map(item -> new ScoredResponse(item, items.indexOf(item) % 2 == 0)).toList();
        return AdaptiveTest.resume(assessment.bank.current().bank(), AttemptState.blueprint(attempt),
                CandidateContext.firstAttempt(), AttemptState.scoring(attempt), responses);
    }

    @Test
    void aDiagnosticStoresItsResultUpdatesMasteryQueuesItsGradeAndPublishesTheEvent() {
        Attempt attempt = attempt(TestMode.DIAGNOSTIC, false);
        AdaptiveTest test = answered(attempt, 12);
        AbilityEstimate estimate = test.estimate();

        assessment.complete.complete(attempt, test, EndReason.TEST_COMPLETE);

        Attempt completed = assessment.attempts.attempts.get(attempt.id());
        assertThat(completed.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(Instant.now(assessment.clock));
        assertThat(completed.validity()).isEqualTo(Validity.VALID);
        assertThat(assessment.attempts.estimates.get(attempt.id())).isEqualTo(estimate);
        assertThat(assessment.grades).singleElement().satisfies(grade -> {
            assertThat(grade.attemptId()).isEqualTo(attempt.id());
            assertThat(grade.resourceLinkId()).isEqualTo(attempt.resourceLinkId());
            assertThat(grade.mode()).isEqualTo("DIAGNOSTIC");
            assertThat(grade.scoreGiven()).isEqualTo(estimate.scaledScore());
            assertThat(grade.scoreMaximum()).isEqualTo(AttemptState.scoring(attempt).scaleMax());
            assertThat(grade.scoredAt()).isEqualTo(completed.completedAt());
        });
        assertThat(assessment.events).containsExactly(new AttemptCompleted(attempt.id(), member, user,
                attempt.resourceLinkId(), attempt.contextId(), "DIAGNOSTIC", estimate.scaledScore(),
                AttemptState.scoring(attempt).scaleMax(), completed.completedAt()));
        assertThat(assessment.attempts.calls).containsKeys("answeredForMastery", "saveMastery");
    }

    @Test
    void aValidCertificationIsHeldForPublicationAndQueuesNoGrade() {
        Attempt attempt = attempt(TestMode.CERTIFICATION, false);

        assessment.complete.complete(attempt, answered(attempt, Validity.MIN_CERTIFYING_ANSWERS), EndReason.TIME_UP);

        assertThat(assessment.heldForPublication).containsExactly(attempt.id());
        assertThat(assessment.grades).isEmpty();
        assertThat(assessment.events).singleElement().isInstanceOf(AttemptCompleted.class);
        assertThat(assessment.attempts.calls).as("a certification leaves mastery alone")
                .doesNotContainKeys("answeredForMastery", "saveMastery");
    }

    @Test
    void aCertificationWithTooFewAnswersIsInvalidAndPublishesNothing() {
        Attempt attempt = attempt(TestMode.CERTIFICATION, false);

        assessment.complete.complete(attempt, answered(attempt, Validity.MIN_CERTIFYING_ANSWERS - 1),
                EndReason.TIME_UP);

        assertThat(assessment.attempts.attempts.get(attempt.id()).validity())
                .isEqualTo(new Validity(false, Validity.TOO_FEW_ANSWERS));
        assertThat(assessment.heldForPublication).isEmpty();
        assertThat(assessment.grades).isEmpty();
        assertThat(assessment.events).isEmpty();
    }

    @Test
    void aWritingSessionEndsWithoutScoreGradeOrEvent() {
        Attempt attempt = attempt(TestMode.FORMATIVE, true);

        assessment.complete.complete(attempt, answered(attempt, 0), EndReason.TEST_COMPLETE);

        assertThat(assessment.attempts.attempts.get(attempt.id()).status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(assessment.attempts.calls).containsEntry("completeWithoutScore", 1).doesNotContainKey("complete");
        assertThat(assessment.grades).isEmpty();
        assertThat(assessment.events).isEmpty();
    }
}
