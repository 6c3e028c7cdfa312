package fr.plume.tool.psychometrics.domain;

/**
 * Mantel–Haenszel DIF of one item between a reference and a focal group, matched on strata of
 * ability (Holland &amp; Thayer, 1988). The common odds ratio α_MH = Σ A_k D_k / T_k ÷
 * Σ B_k C_k / T_k (A, B: reference right, wrong; C, D: focal right, wrong); its log's standard
 * error by Robins, Breslow &amp; Greenland (1986); the chi-square with continuity correction.
 * α &gt; 1 (D &lt; 0) means the item favours the reference group.
 */
public final class MantelHaenszel {

    private MantelHaenszel() {
    }

    public record Result(double oddsRatio, double delta, double deltaStandardError, double chiSquare, double pValue,
                         EtsCategory category) {
    }

    /**
     * @param stratum the matching stratum of each response, in [0, strata)
     * @param focal   whether the candidate who gave it is in the focal group
     * @param correct whether it is right
     */
    public static Result analyse(int[] stratum, boolean[] focal, boolean[] correct, int strata) {
        double[][] cells = new double[strata][4];
        for (int i = 0; i < stratum.length; i++) {
            int cell = (focal[i] ? 2 : 0) + (correct[i] ? 0 : 1);
            cells[stratum[i]][cell]++;
        }
        double r = 0;
        double s = 0;
        double pr = 0;
        double psqr = 0;
        double qs = 0;
        double observed = 0;
        double expected = 0;
        double variance = 0;
        for (double[] cell : cells) {
            double a = cell[0];
            double b = cell[1];
            double c = cell[2];
            double d = cell[3];
            double t = a + b + c + d;
            if (t < 2 || a + b == 0 || c + d == 0) {
                continue; // a stratum with one group only carries no comparison
            }
            double rk = a * d / t;
            double sk = b * c / t;
            double pk = (a + d) / t;
            double qk = (b + c) / t;
            r += rk;
            s += sk;
            pr += pk * rk;
            psqr += pk * sk + qk * rk;
            qs += qk * sk;
            double reference = a + b;
            double focalCount = c + d;
            double right = a + c;
            double wrong = b + d;
            observed += a;
            expected += reference * right / t;
            variance += reference * focalCount * right * wrong / (t * t * (t - 1));
        }
        if (!(r > 0) || !(s > 0) || !(variance > 0)) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, EtsCategory.A);
        }
        double oddsRatio = r / s;
        double logVariance = pr / (2 * r * r) + psqr / (2 * r * s) + qs / (2 * s * s);
        double delta = -2.35 * Math.log(oddsRatio);
        double deltaSe = 2.35 * Math.sqrt(logVariance);
        double deviation = Math.max(0.0, Math.abs(observed - expected) - 0.5);
        double chiSquare = deviation * deviation / variance;
        double p = Distributions.chiSquareSurvival(chiSquare, 1);
        return new Result(oddsRatio, delta, deltaSe, chiSquare, p, EtsCategory.classify(delta, deltaSe, p));
    }

    /**
     * Equal-count strata of a continuous matching variable (EAP θ̂ on sparse adaptive data, where
     * raw totals of different booklets are not comparable): stratum of each value among
     * {@code strata} quantile groups.
     */
    public static int[] quantileStrata(double[] matching, int strata) {
        Integer[] order = new Integer[matching.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> matching[i]));
        int[] stratum = new int[matching.length];
        for (int rank = 0; rank < order.length; rank++) {
            stratum[order[rank]] = (int) ((long) rank * strata / order.length);
        }
        return stratum;
    }
}
