package fr.plume.tool.assessment.engine.irt;

/**
 * The two-parameter logistic model: P(correct | θ) = 1 / (1 + exp(−a(θ − b))).
 *
 * <p>Formulas from Lord (1980), <i>Applications of Item Response Theory</i>, ch. 5, and
 * Baker &amp; Kim (2004), <i>Item Response Theory: Parameter Estimation Techniques</i>, ch. 2.
 * No scaling constant D: parameters are on the logistic metric.
 */
public final class TwoParameterLogistic {

    private TwoParameterLogistic() {
    }

    public static double probability(double a, double b, double theta) {
        return 1.0 / (1.0 + Math.exp(-a * (theta - b)));
    }

    /**
     * Fisher information a²·P·(1−P). Written with exp(−|z|) so that it never overflows:
     * P(1−P) = e^{−|z|} / (1 + e^{−|z|})² is symmetric in z.
     */
    public static double information(double a, double b, double theta) {
        double e = Math.exp(-Math.abs(a * (theta - b)));
        double d = 1.0 + e;
        return a * a * e / (d * d);
    }

    /** log P(answer | θ); log σ(z) = −softplus(−z), evaluated without overflow for any z. */
    public static double logLikelihood(double a, double b, double theta, boolean correct) {
        double z = a * (theta - b);
        return correct ? -softplus(-z) : -softplus(z);
    }

    /** softplus(z) = log(1 + e^z), stable for large |z|. */
    public static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }
}
