package fr.plume.tool.assessment.engine.cat;

import java.util.Optional;

/**
 * When a test stops: never before {@code minItems}; at {@code maxItems}; in between as soon as
 * SE(θ) &lt; {@code targetStandardError} and every competency has its minimum number of items, or,
 * for a classification test ({@code levelConfidence} &gt; 0), as soon as the level is decided:
 * the probability that θ lies in the reported level reaches {@code levelConfidence}.
 * A fixed-length test has {@code minItems == maxItems}.
 */
public record StoppingRule(int minItems, int maxItems, double targetStandardError, double levelConfidence) {

    public StoppingRule {
        if (minItems < 0 || maxItems < 1 || minItems > maxItems) {
            throw new IllegalArgumentException("need 0 <= minItems <= maxItems and maxItems >= 1");
        }
        if (targetStandardError < 0.0) {
            throw new IllegalArgumentException("target standard error must be >= 0");
        }
        if (levelConfidence < 0.0 || levelConfidence >= 1.0) {
            throw new IllegalArgumentException("level confidence must be in [0, 1)");
        }
    }

    public StoppingRule(int minItems, int maxItems, double targetStandardError) {
        this(minItems, maxItems, targetStandardError, 0.0);
    }

    public static StoppingRule fixedLength(int items) {
        return new StoppingRule(items, items, 0.0);
    }

    public static StoppingRule precision(int minItems, int maxItems, double targetStandardError) {
        return new StoppingRule(minItems, maxItems, targetStandardError);
    }

    /** Variable length for a decision: stop once the level is decided with this confidence. */
    public static StoppingRule levelDecided(int minItems, int maxItems, double confidence) {
        return new StoppingRule(minItems, maxItems, 0.0, confidence);
    }

    /** Every candidate answers exactly {@code maxItems} items (unless time or the bank runs out). */
    public boolean hasFixedLength() {
        return minItems == maxItems;
    }

    public boolean decidesLevel() {
        return levelConfidence > 0.0;
    }

    public Optional<StopReason> evaluate(int answered, double standardError, boolean contentMinimaMet) {
        return evaluate(answered, standardError, 0.0, contentMinimaMet);
    }

    /** @param levelProbability probability that θ lies in the reported level (used when deciding a level) */
    public Optional<StopReason> evaluate(int answered, double standardError, double levelProbability,
                                         boolean contentMinimaMet) {
        if (answered >= maxItems) {
            return Optional.of(StopReason.MAXIMUM_LENGTH);
        }
        if (answered < minItems || !contentMinimaMet) {
            return Optional.empty();
        }
        if (decidesLevel()) {
            return levelProbability >= levelConfidence ? Optional.of(StopReason.LEVEL_DECIDED) : Optional.empty();
        }
        return standardError < targetStandardError ? Optional.of(StopReason.PRECISION_REACHED) : Optional.empty();
    }
}
