package fr.plume.tool.psychometrics.domain;

/**
 * A linear change of θ scale θ_current = A·θ_new + B, applied to item parameters as
 * b* = A·b + B, a* = a / A (Kolen &amp; Brennan, 2014, §6.2).
 */
public record Linking(double slope, double intercept) {

    public static final Linking IDENTITY = new Linking(1.0, 0.0);

    public ItemParameter apply(ItemParameter item) {
        return new ItemParameter(item.itemId(), item.a() / slope, slope * item.b() + intercept,
                item.seA() / slope, slope * item.seB());
    }
}
