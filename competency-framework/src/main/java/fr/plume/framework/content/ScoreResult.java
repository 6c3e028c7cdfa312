package fr.plume.framework.content;

import java.util.List;

/**
 * The outcome of scoring one response. {@code credit} is in [0, 1] and may be partial (cloze, matching,
 * multiple choice) while {@code correct} is the dichotomous outcome used by the IRT engine.
 * An essay is never scored automatically: it {@code needsHumanMarking} against its {@code rubric}.
 */
public record ScoreResult(boolean correct, double credit, boolean needsHumanMarking, List<RubricCriterion> rubric) {

    public ScoreResult {
        if (!(credit >= 0.0 && credit <= 1.0)) {
            throw new IllegalArgumentException("credit must be in [0, 1]: " + credit);
        }
        rubric = List.copyOf(rubric);
    }

    public static ScoreResult right() {
        return new ScoreResult(true, 1.0, false, List.of());
    }

    public static ScoreResult wrong() {
        return new ScoreResult(false, 0.0, false, List.of());
    }

    /** Correct only when every part is; otherwise the share of correct parts as credit. */
    public static ScoreResult parts(int correctParts, int totalParts) {
        return correctParts == totalParts
                ? right()
                : new ScoreResult(false, Math.max(0.0, (double) correctParts / totalParts), false, List.of());
    }

    public static ScoreResult awaitingHumanMarking(List<RubricCriterion> rubric) {
        return new ScoreResult(false, 0.0, true, rubric);
    }
}
