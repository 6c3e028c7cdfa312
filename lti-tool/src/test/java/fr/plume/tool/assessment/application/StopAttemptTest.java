package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A student ends their practice when they like, on in-memory ports. */
class StopAttemptTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());

    @Test
    void practiceEndsWithWhatWasAnsweredAndItsGradeIsQueued() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.2"));
        assessment.answerNext(student, attempt.id(), true);
        assessment.answerNext(student, attempt.id(), false);

        assessment.stopAttempt.stop(student, attempt.id());
        assessment.stopAttempt.stop(student, attempt.id());

        Attempt stopped = assessment.attempts.attempts.get(attempt.id());
        assertThat(stopped.endReason()).isEqualTo(EndReason.STOPPED_BY_STUDENT);
        assertThat(assessment.attempts.estimates.get(attempt.id()).itemCount()).isEqualTo(2);
        assertThat(assessment.grades).as("stopping twice queues once").singleElement()
                .satisfies(grade -> assertThat(grade.attemptId()).isEqualTo(attempt.id()));
    }

    @Test
    void otherModesCannotBeStopped() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());

        assertThatThrownBy(() -> assessment.stopAttempt.stop(student, attempt.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ASSESSMENT-CANNOT-STOP");
                    assertThat(refused.status()).isEqualTo(409);
                });
        assertThat(assessment.attempts.attempts.get(attempt.id()).inProgress()).isTrue();
    }
}
