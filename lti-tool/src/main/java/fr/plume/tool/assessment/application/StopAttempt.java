package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A student ends a practice session when they like; other modes end by their own rules. */
@Component
public class StopAttempt {

    private final Attempts attempts;
    private final AttemptState state;
    private final CompleteAttempt complete;

    public StopAttempt(Attempts attempts, AttemptState state, CompleteAttempt complete) {
        this.attempts = attempts;
        this.state = state;
        this.complete = complete;
    }

    @Transactional
    public void stop(Student student, UUID attemptId) {
        AttemptProgress progress = attempts.lock(student.memberId(), student.userId(), attemptId)
                .orElseThrow(ShowNextItem::notFound);
        Attempt attempt = progress.attempt();
        if (attempt.mode() != TestMode.FORMATIVE) {
            throw new PlumeProblemException("ASSESSMENT-CANNOT-STOP", 409);
        }
        if (!attempt.inProgress()) {
            return;
        }
        complete.complete(attempt, state.rebuild(progress), EndReason.STOPPED_BY_STUDENT);
    }
}
