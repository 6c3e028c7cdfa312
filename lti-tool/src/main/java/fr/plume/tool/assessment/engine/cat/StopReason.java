package fr.plume.tool.assessment.engine.cat;

/** Why an adaptive test ended. */
public enum StopReason {
    /** The standard error fell below the target after the minimum length and content minima. */
    PRECISION_REACHED,
    /** The level was decided with the stopping rule's confidence (certification). */
    LEVEL_DECIDED,
    /** The maximum (or fixed) length was reached. */
    MAXIMUM_LENGTH,
    /** No eligible item remains for this candidate. */
    BANK_EXHAUSTED
}
