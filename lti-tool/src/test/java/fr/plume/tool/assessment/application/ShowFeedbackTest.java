package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The feedback of one practice answer, on in-memory ports. */
class ShowFeedbackTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final ShowFeedback showFeedback = new ShowFeedback(assessment.attempts);
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());

    @Test
    void theAnsweredItemWithTheMasteryOfItsCompetency() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("2.1"));
        assessment.answerNext(student, attempt.id(), false);

        ShowFeedback.Feedback feedback = showFeedback.of(student, attempt.id(), 1);

        assertThat(feedback.attempt().id()).isEqualTo(attempt.id());
        assertThat(feedback.shown()).isEqualTo(assessment.shown(attempt.id()).get(0));
        assertThat(feedback.shown().correct()).isFalse();
        assertThat(feedback.mastery().competency()).isEqualTo("2.1");
        assertThat(feedback.mastery().itemCount()).isEqualTo(1);
    }

    @Test
    void noFeedbackForAnItemNotAnsweredNorOutsidePractice() {
        Attempt practice = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("2.1"));
        assessment.showNextItem.show(student, practice.id());
        Attempt diagnostic = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        assessment.answerNext(student, diagnostic.id(), true);

        for (Attempt attempt : new Attempt[] {practice, diagnostic}) {
            assertThatThrownBy(() -> showFeedback.of(student, attempt.id(), 1))
                    .isInstanceOfSatisfying(PlumeProblemException.class,
                            refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-ATTEMPT-NOT-FOUND"));
        }
    }
}
