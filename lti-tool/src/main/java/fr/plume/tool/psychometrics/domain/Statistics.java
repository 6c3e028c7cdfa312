package fr.plume.tool.psychometrics.domain;

/** Small descriptive statistics. */
final class Statistics {

    private Statistics() {
    }

    /** Pearson correlation; NaN when either variable is constant or there are fewer than two values. */
    static double correlation(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double denominator = Math.sqrt(sxx * syy);
        return denominator > 0 ? sxy / denominator : Double.NaN;
    }
}
