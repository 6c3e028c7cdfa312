package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a student stands: their attempts and mastery, on in-memory ports. */
class ShowProgressTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final ShowProgress showProgress = new ShowProgress(assessment.attempts);
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());

    @Test
    void attemptsNewestFirstSplitIntoInProgressAndFinishedWithTheMastery() {
        Attempt stopped = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.2"));
        assessment.answerNext(student, stopped.id(), true);
        assessment.stopAttempt.stop(student, stopped.id());
        assessment.clock.advance(Duration.ofMinutes(5));
        Attempt diagnostic = assessment.startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        assessment.startAttempt.start(new Student(student.memberId(), UUID.randomUUID(), null, null, Map.of()),
                TestMode.DIAGNOSTIC, Set.of());

        ShowProgress.Progress progress = showProgress.of(student);

        assertThat(progress.attempts()).extracting(Attempt::id).containsExactly(diagnostic.id(), stopped.id());
        assertThat(progress.inProgress()).extracting(Attempt::id).containsExactly(diagnostic.id());
        assertThat(progress.finished(10)).extracting(Attempt::id).containsExactly(stopped.id());
        assertThat(progress.finished(0)).isEmpty();
        assertThat(progress.mastery()).extracting(CompetencyResult::competency).containsExactly("1.2");
    }
}
