package fr.plume.tool.assessment.engine.cat;

/** Why an adaptive test ended. */
public enum StopReason {
    /** The standard error fell below the target after the minimum length and content minima. */
    PRECISION_REACHED,
    /** The maximum (or fixed) length was reached. */
    MAXIMUM_LENGTH,
    /** No eligible item remains for this candidate. */
    BANK_EXHAUSTED
}
