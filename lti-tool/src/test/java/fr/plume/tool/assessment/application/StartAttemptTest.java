package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.TimeLimit;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Starting or resuming an attempt, on in-memory ports (the certification rule: {@link CertificationSeatsTest}). */
class StartAttemptTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of("plume_extra_time_percent", "50"));

    @Test
    void anUnfinishedAttemptOfTheSameModeAndLinkIsResumedNotDuplicated() {
        Attempt first = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"));

        assertThat(assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1")).id()).isEqualTo(first.id());
        assertThat(assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.2")).id())
                .isNotEqualTo(first.id());
        Student otherLink = new Student(student.memberId(), student.userId(), UUID.randomUUID(), student.contextId(),
                Map.of());
        assertThat(assessment.startAttempt.start(otherLink, TestMode.FORMATIVE, Set.of("1.1")).id())
                .isNotEqualTo(first.id());
        assertThat(assessment.attempts.attempts).hasSize(3);
    }

    @Test
    void aNewAttemptCarriesTheStudentTheModeAndTheScoringInForce() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of("1.1"));

        assertThat(attempt.memberId()).isEqualTo(student.memberId());
        assertThat(attempt.userId()).isEqualTo(student.userId());
        assertThat(attempt.resourceLinkId()).isEqualTo(student.resourceLinkId());
        assertThat(attempt.contextId()).isEqualTo(student.contextId());
        assertThat(attempt.competencies()).as("the diagnostic covers every competency").isEmpty();
        assertThat(attempt.inProgress()).isTrue();
        assertThat(attempt.deadline()).as("only certification has a deadline").isNull();
        assertThat(attempt.startedAt()).isEqualTo(Instant.now(assessment.clock));
        assertThat(attempt.scoringVersion()).isEqualTo(AttemptState.scoringVersionFor(attempt.startedAt()));
        assertThat(assessment.attempts.attempts.get(attempt.id())).isEqualTo(attempt);
    }

    @Test
    void practiceNeedsKnownCompetenciesAndWritingOneWithAnEssay() {
        assertThatThrownBy(() -> assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("9.9")))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-UNKNOWN-COMPETENCY"));
        assertThatThrownBy(() -> assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.2"), true))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-NO-ESSAY"));

        Attempt writing = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"), true);

        assertThat(writing.writing()).isTrue();
        assertThat(assessment.attempts.attempts).hasSize(1);
    }

    @Test
    void aCertifyingAttemptFromACertificationLinkHasTheDeadlineWithTheExtraTime() {
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification",
                        "plume_extra_time_percent", "50"));

        assessment.publishACertificationSizedBank();
        Attempt attempt = assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of());

        assertThat(attempt.mode()).isEqualTo(TestMode.CERTIFICATION);
        assertThat(attempt.extraTimePercent()).isEqualTo(50);
        assertThat(attempt.deadline()).isEqualTo(TimeLimit.deadline(attempt.startedAt(), 50));
        assertThatThrownBy(() -> assessment.startAttempt.start(student, TestMode.CERTIFICATION, Set.of()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-CERTIFICATION-WRONG-ACTIVITY"));
    }

    @Test
    void refusesToStartACertificationOnABankBelowItsMinimumSize() {
        Student candidate = new Student(student.memberId(), student.userId(), student.resourceLinkId(),
                student.contextId(), Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));

        assertThatThrownBy(() -> assessment.startAttempt.start(candidate, TestMode.CERTIFICATION, Set.of()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-BANK-TOO-SMALL"));
        assertThat(assessment.attempts.attempts).isEmpty();
    }
}
