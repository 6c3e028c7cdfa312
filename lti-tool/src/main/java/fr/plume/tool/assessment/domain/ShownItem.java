package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.ItemParameters;
import java.time.Instant;
import java.util.UUID;

/**
 * An item shown in an attempt, with a copy of the parameters used to choose and score it and the
 * one-time token the answer form must send back.
 *
 * @param correct     null while unanswered, and for an essay awaiting human marking
 * @param itemVersion the version of the item's content that was shown (a later version never changes it)
 * @param pretest     shown as an unscored pretest item: answered and scored for calibration, never
 *                    counted in θ, mastery or the grade
 */
public record ShownItem(UUID attemptId, int position, UUID itemId, ItemParameters parameters,
        String parametersVersion, String token, Instant shownAt, Instant answeredAt, Boolean correct,
        Double credit, int itemVersion, boolean pretest) {

    /** An operational (scored) item. */
    public ShownItem(UUID attemptId, int position, UUID itemId, ItemParameters parameters, String parametersVersion,
            String token, Instant shownAt, Instant answeredAt, Boolean correct, Double credit, int itemVersion) {
        this(attemptId, position, itemId, parameters, parametersVersion, token, shownAt, answeredAt, correct, credit,
                itemVersion, false);
    }

    /** An item shown at its first version. */
    public ShownItem(UUID attemptId, int position, UUID itemId, ItemParameters parameters, String parametersVersion,
            String token, Instant shownAt, Instant answeredAt, Boolean correct, Double credit) {
        this(attemptId, position, itemId, parameters, parametersVersion, token, shownAt, answeredAt, correct, credit, 1);
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /**
     * Answered and scored automatically, so it counts in an ability estimate (an essay does not,
     * nor does a pretest item).
     */
    public boolean scored() {
        return answeredAt != null && correct != null && !pretest;
    }

    /** The same item, answered. */
    public ShownItem answer(Instant at, Boolean isCorrect, Double withCredit) {
        return new ShownItem(attemptId, position, itemId, parameters, parametersVersion, token, shownAt, at, isCorrect,
                withCredit, itemVersion, pretest);
    }
}
