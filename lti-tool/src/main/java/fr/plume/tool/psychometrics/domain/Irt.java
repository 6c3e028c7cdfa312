package fr.plume.tool.psychometrics.domain;

/** The 2PL model on the logistic metric (no D = 1.7), as the engine uses it (Lord, 1980, ch. 5). */
public final class Irt {

    private Irt() {
    }

    public static double probability(double a, double b, double theta) {
        return 1.0 / (1.0 + Math.exp(-a * (theta - b)));
    }

    /** Fisher information a²·P·(1−P), written with e^{−|z|} so that it never overflows. */
    public static double information(double a, double b, double theta) {
        double e = Math.exp(-Math.abs(a * (theta - b)));
        double d = 1.0 + e;
        return a * a * e / (d * d);
    }
}
