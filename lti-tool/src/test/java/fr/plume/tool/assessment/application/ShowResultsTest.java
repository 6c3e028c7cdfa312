package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a finished attempt reported, and where the student stands, on in-memory ports. */
class ShowResultsTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final ShowResults showResults = new ShowResults(assessment.attempts, assessment.essays, assessment.bank);
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());

    @Test
    void aStoppedPracticeReportsItsScoreAndLevels() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"));
        assessment.answerNext(student, attempt.id(), true);
        assessment.answerNext(student, attempt.id(), true);
        assessment.stopAttempt.stop(student, attempt.id());
        AbilityEstimate estimate = assessment.attempts.estimates.get(attempt.id());

        ShowResults.Results results = showResults.of(student, attempt.id());

        assertThat(results.attempt().inProgress()).isFalse();
        assertThat(results.summary().scaledScore()).isEqualTo(estimate.scaledScore());
        assertThat(results.summary().level()).isEqualTo(estimate.level());
        assertThat(results.answeredCount()).isEqualTo(2);
        assertThat(results.competencies()).extracting(CompetencyResult::competency)
                .containsExactlyElementsOf(estimate.competencies().keySet().stream().sorted().toList());
        assertThat(results.essay()).isNull();
    }

    @Test
    void anAttemptInProgressReportsNothingYetAndAnotherStudentsIsNotFound() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());

        assertThat(showResults.of(student, attempt.id()))
                .isEqualTo(new ShowResults.Results(attempt, null, List.of(), null, 0));
        Student other = new Student(student.memberId(), UUID.randomUUID(), null, null, Map.of());
        assertThatThrownBy(() -> showResults.of(other, attempt.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-ATTEMPT-NOT-FOUND"));
    }

    @Test
    void aDiagnosticReportsALevelPerDomainBorrowingFromTheOtherDomains() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        while (showResults.of(student, attempt.id()).attempt().inProgress()) {
            assessment.answerNext(student, attempt.id(), true);
        }

        ShowResults.Results results = showResults.of(student, attempt.id());

        assertThat(results.domains()).extracting(CompetencyResult::competency).containsExactly("1", "2");
        assertThat(results.domains()).allSatisfy(domain -> {
            assertThat(domain.theta()).isPositive();
            assertThat(domain.level()).isBetween(1, 6);
        });
        assertThat(results.domains().stream().mapToLong(CompetencyResult::itemCount).sum())
                .isEqualTo(results.answeredCount());
    }
}
