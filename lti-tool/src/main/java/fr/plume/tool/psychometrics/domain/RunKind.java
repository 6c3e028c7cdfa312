package fr.plume.tool.psychometrics.domain;

/** The two kinds of calibration run (docs/psychometrics.md). */
public enum RunKind {
    /** Operational items held, the others estimated on their scale. */
    FIXED_ANCHOR,
    /** Every item estimated afresh, linked back by Stocking–Lord on the operational items. */
    RECALIBRATION
}
