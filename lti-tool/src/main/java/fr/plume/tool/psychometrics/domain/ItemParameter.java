package fr.plume.tool.psychometrics.domain;

/**
 * An item's 2PL parameters with their standard errors (NaN when unknown, e.g. fixed anchors or
 * parameters typed by an author).
 */
public record ItemParameter(String itemId, double a, double b, double seA, double seB) {

    public static ItemParameter fixed(String itemId, double a, double b) {
        return new ItemParameter(itemId, a, b, Double.NaN, Double.NaN);
    }

    public boolean known() {
        return a > 0 && Double.isFinite(a) && Double.isFinite(b);
    }
}
