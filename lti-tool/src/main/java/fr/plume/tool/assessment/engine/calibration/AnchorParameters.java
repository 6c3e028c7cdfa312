package fr.plume.tool.assessment.engine.calibration;

/** Fixed parameters of an anchor item, which link the new calibration to the previous scale. */
public record AnchorParameters(double a, double b) {

    public AnchorParameters {
        if (!(a > 0.0) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("anchor needs a > 0 and a finite b");
        }
    }
}
