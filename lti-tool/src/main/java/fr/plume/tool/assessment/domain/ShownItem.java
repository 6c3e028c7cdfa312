package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.ItemParameters;
import java.time.Instant;
import java.util.UUID;

/**
 * An item shown in an attempt, with a copy of the parameters used to choose and score it and the
 * one-time token the answer form must send back.
 *
 * @param correct null while unanswered
 */
public record ShownItem(UUID attemptId, int position, UUID itemId, ItemParameters parameters,
        String parametersVersion, String token, Instant shownAt, Instant answeredAt, Boolean correct,
        Double credit) {

    public boolean answered() {
        return answeredAt != null;
    }
}
