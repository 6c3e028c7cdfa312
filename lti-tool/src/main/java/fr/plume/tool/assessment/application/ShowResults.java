package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptSummary;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.Essays;
import fr.plume.tool.assessment.domain.ShownItem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a student's attempt reported: its global result, its levels per competency and, for a writing session, the essay. */
@Component
public class ShowResults {

    private final Attempts attempts;
    private final Essays essays;

    public ShowResults(Attempts attempts, Essays essays) {
        this.attempts = attempts;
        this.essays = essays;
    }

    /**
     * @param summary       the global result, null while in progress and for a writing session
     * @param competencies  levels per competency, by competency code
     * @param essay         the essay of a writing session, else null
     * @param answeredCount items answered in the attempt
     */
    public record Results(Attempt attempt, AttemptSummary summary, List<CompetencyResult> competencies, Essay essay,
            long answeredCount) {
    }

    @Transactional(readOnly = true)
    public Results of(Student student, UUID attemptId) {
        Attempt attempt = attempts.find(student.memberId(), student.userId(), attemptId)
                .orElseThrow(ShowNextItem::notFound);
        if (attempt.inProgress()) {
            return new Results(attempt, null, List.of(), null, 0);
        }
        return new Results(attempt, attempts.summary(student.memberId(), attemptId).orElse(null),
                attempts.competencyResults(student.memberId(), attemptId),
                attempt.writing() ? essays.ofAttempt(student.memberId(), student.userId(), attemptId).orElse(null) : null,
                attempts.shown(student.memberId(), attemptId).stream().filter(ShownItem::answered).count());
    }
}
