package fr.plume.tool.psychometrics.domain;

/**
 * How an item's parameters moved between two versions. z = Δb / √(SE₁² + SE₂²) when both
 * standard errors are known (NaN otherwise, e.g. author priors).
 */
public record Drift(double deltaA, double deltaB, double z) {

    public static final double MIN_DELTA_B = 0.3;
    public static final double CRITICAL_Z = 2.576;

    public static Drift between(ItemParameter previous, ItemParameter current) {
        double deltaB = current.b() - previous.b();
        double variance = previous.seB() * previous.seB() + current.seB() * current.seB();
        return new Drift(current.a() - previous.a(), deltaB, deltaB / Math.sqrt(variance));
    }

    public boolean flagged() {
        return Math.abs(deltaB) >= MIN_DELTA_B && (Double.isNaN(z) || Math.abs(z) >= CRITICAL_Z);
    }
}
