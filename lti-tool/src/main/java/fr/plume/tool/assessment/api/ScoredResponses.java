package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The scored answers of every member's attempts, for calibration. Calibration pools the whole
 * consortium's answers on purpose (the item bank is shared); only attempt ids, item ids and
 * right/wrong leave the module: no person, no member, no response text.
 */
public interface ScoredResponses {

    record ScoredResponse(UUID attemptId, String itemId, boolean correct) {
    }

    /** Answers given in [from, to), grouped by attempt (one attempt's answers are consecutive). */
    void forEach(Instant from, Instant to, Consumer<ScoredResponse> sink);
}
