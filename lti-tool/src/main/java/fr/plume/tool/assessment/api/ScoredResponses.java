package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The scored answers of every member's attempts, for calibration. Calibration pools the whole
 * consortium's answers on purpose (the item bank is shared); only attempt ids, item ids,
 * right/wrong and, for single-choice items, the option chosen (distractor analysis) leave the
 * module: no person, no member, no response text.
 */
public interface ScoredResponses {

    /** @param chosenOption the option index chosen in a single-choice item, {@link #NO_OPTION} otherwise */
    record ScoredResponse(UUID attemptId, String itemId, boolean correct, int chosenOption) {

        public static final int NO_OPTION = -1;

        public ScoredResponse(UUID attemptId, String itemId, boolean correct) {
            this(attemptId, itemId, correct, NO_OPTION);
        }
    }

    /** Answers given in [from, to), grouped by attempt (one attempt's answers are consecutive). */
    void forEach(Instant from, Instant to, Consumer<ScoredResponse> sink);
}
