package fr.plume.tool.assessment.engine.calibration;

/** Outcome for one item; {@code a} and {@code b} are NaN when the item was refused. */
public record CalibratedItem(String itemId, double a, double b, CalibrationStatus status, ItemStatistics statistics) {
}
