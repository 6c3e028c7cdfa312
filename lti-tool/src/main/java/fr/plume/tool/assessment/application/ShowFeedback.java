package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.ShownItem;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback of one answer in practice: the answered item and the student's mastery of its
 * competency. Only practice gives feedback; for any other attempt, or an item not answered, there is none.
 */
@Component
public class ShowFeedback {

    private final Attempts attempts;

    public ShowFeedback(Attempts attempts) {
        this.attempts = attempts;
    }

    /** @param mastery the student's mastery of the item's competency, null when there is none yet */
    public record Feedback(Attempt attempt, ShownItem shown, CompetencyResult mastery) {
    }

    @Transactional(readOnly = true)
    public Feedback of(Student student, UUID attemptId, int position) {
        Attempt attempt = attempts.find(student.memberId(), student.userId(), attemptId)
                .filter(Attempt::givesFeedback)
                .orElseThrow(ShowNextItem::notFound);
        ShownItem shown = attempts.shown(student.memberId(), attemptId).stream()
                .filter(item -> item.position() == position && item.answered())
                .findFirst()
                .orElseThrow(ShowNextItem::notFound);
        CompetencyResult mastery = attempts.mastery(student.memberId(), student.userId()).stream()
                .filter(m -> m.competency().equals(shown.parameters().competencyCode()))
                .findFirst().orElse(null);
        return new Feedback(attempt, shown, mastery);
    }
}
