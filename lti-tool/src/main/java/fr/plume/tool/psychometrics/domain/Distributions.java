package fr.plume.tool.psychometrics.domain;

/**
 * Normal and chi-square tail probabilities. The normal CDF uses the complementary error function
 * by its Chebyshev fit (Numerical Recipes, §6.2: relative error below 1.2e-7); the chi-square
 * survival is the regularized upper incomplete gamma Q(df/2, x/2), by its series below
 * a + 1 and by its Lentz continued fraction above (Abramowitz &amp; Stegun 6.5.29, 6.5.31).
 */
public final class Distributions {

    private Distributions() {
    }

    public static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2.0));
    }

    /** Two-sided p-value of a standard normal statistic. */
    public static double twoSidedP(double z) {
        return erfc(Math.abs(z) / Math.sqrt(2.0));
    }

    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2.0 - r;
    }

    /** P(X ≥ x) for X ~ χ²(df). */
    public static double chiSquareSurvival(double x, double df) {
        if (!(df > 0)) {
            return Double.NaN;
        }
        if (!(x > 0)) {
            return 1.0;
        }
        double a = df / 2.0;
        double y = x / 2.0;
        return y < a + 1.0 ? 1.0 - lowerSeries(a, y) : upperFraction(a, y);
    }

    private static double lowerSeries(double a, double x) {
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < 1000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-15) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double upperFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1.0 - a;
        double c = 1.0 / tiny;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < 1e-15) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** Lanczos approximation (g = 7, 9 coefficients), accurate to about 1e-15 for x &gt; 0. */
    static double logGamma(double x) {
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1.0 - x);
        }
        double z = x - 1.0;
        double sum = g[0];
        for (int i = 1; i < 9; i++) {
            sum += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
