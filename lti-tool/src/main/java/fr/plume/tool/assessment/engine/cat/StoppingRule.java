package fr.plume.tool.assessment.engine.cat;

import java.util.Optional;

/**
 * When a test stops: never before {@code minItems}; at {@code maxItems}; in between as soon as
 * SE(θ) &lt; {@code targetStandardError} and every competency has its minimum number of items.
 * A fixed-length test has {@code minItems == maxItems}.
 */
public record StoppingRule(int minItems, int maxItems, double targetStandardError) {

    public StoppingRule {
        if (minItems < 0 || maxItems < 1 || minItems > maxItems) {
            throw new IllegalArgumentException("need 0 <= minItems <= maxItems and maxItems >= 1");
        }
        if (targetStandardError < 0.0) {
            throw new IllegalArgumentException("target standard error must be >= 0");
        }
    }

    public static StoppingRule fixedLength(int items) {
        return new StoppingRule(items, items, 0.0);
    }

    public static StoppingRule precision(int minItems, int maxItems, double targetStandardError) {
        return new StoppingRule(minItems, maxItems, targetStandardError);
    }

    /** Every candidate answers exactly {@code maxItems} items (unless time or the bank runs out). */
    public boolean hasFixedLength() {
        return minItems == maxItems;
    }

    public Optional<StopReason> evaluate(int answered, double standardError, boolean contentMinimaMet) {
        if (answered >= maxItems) {
            return Optional.of(StopReason.MAXIMUM_LENGTH);
        }
        if (answered >= minItems && standardError < targetStandardError && contentMinimaMet) {
            return Optional.of(StopReason.PRECISION_REACHED);
        }
        return Optional.empty();
    }
}
