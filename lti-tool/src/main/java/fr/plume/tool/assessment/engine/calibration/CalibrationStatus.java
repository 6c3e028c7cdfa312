package fr.plume.tool.assessment.engine.calibration;

public enum CalibrationStatus {
    /** Parameters estimated in this run. */
    ESTIMATED,
    /** Parameters kept fixed (linking). */
    ANCHOR,
    /** Too few responses: no parameters produced; the item keeps its previous ones, if any. */
    REFUSED_TOO_FEW_RESPONSES
}
