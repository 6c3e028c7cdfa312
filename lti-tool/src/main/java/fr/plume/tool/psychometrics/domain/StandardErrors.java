package fr.plume.tool.psychometrics.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Standard errors of estimated a and b from the cross-product of the candidates' marginal scores
 * (the "XPD" estimate of the information, Bock &amp; Lieberman 1970; mirt's {@code SE.type =
 * "crossprod"}): for candidate p and item j, s_p = Σ_q π_pq (x_pj − P_j(θ_q)) ∂z/∂(a, b), and
 * I_j = Σ_p s_p s_pᵀ plus the curvature of the calibration priors (log a ~ N(0, 0.5²),
 * b ~ N(0, 2²), the engine's defaults). Unlike the complete-data information of the final EM
 * cycle, it carries the uncertainty of θ, so it does not understate the error. Cross-item terms
 * are ignored (per-item blocks), which slightly understates the SE of items sharing candidates.
 */
public final class StandardErrors {

    private static final double LOG_A_PRIOR_VARIANCE = 0.25;
    private static final double B_PRIOR_VARIANCE = 4.0;

    private StandardErrors() {
    }

    /** SE (a, b) of each item in {@code estimated}, by item id. */
    public static Map<String, double[]> of(AbilityScoring scoring, Set<String> estimated) {
        ResponseTable table = scoring.table();
        double[] points = scoring.grid().points();
        boolean[] wanted = new boolean[table.itemCount()];
        for (int j = 0; j < wanted.length; j++) {
            wanted[j] = estimated.contains(table.itemIds().get(j)) && scoring.known(j);
        }
        double[] aa = new double[wanted.length];
        double[] ab = new double[wanted.length];
        double[] bb = new double[wanted.length];
        double[] posterior = new double[points.length];
        for (int p = 0; p < table.personCount(); p++) {
            scoring.posterior(p, posterior);
            for (int r = table.start(p); r < table.end(p); r++) {
                int j = table.item(r);
                if (!wanted[j]) {
                    continue;
                }
                double x = table.correct(r) ? 1.0 : 0.0;
                double scoreA = 0;
                double scoreB = 0;
                for (int q = 0; q < points.length; q++) {
                    double residual = posterior[q] * (x - Irt.probability(scoring.a(j), scoring.b(j), points[q]));
                    scoreA += residual * (points[q] - scoring.b(j));
                    scoreB -= residual * scoring.a(j);
                }
                aa[j] += scoreA * scoreA;
                ab[j] += scoreA * scoreB;
                bb[j] += scoreB * scoreB;
            }
        }
        Map<String, double[]> errors = new HashMap<>();
        for (int j = 0; j < wanted.length; j++) {
            if (wanted[j]) {
                errors.put(table.itemIds().get(j), invert(aa[j] + priorCurvatureA(scoring.a(j)), ab[j],
                        bb[j] + 1.0 / B_PRIOR_VARIANCE));
            }
        }
        return errors;
    }

    /** −d²/da² of the lognormal log prior −(log a)²/(2σ²) − log a. */
    private static double priorCurvatureA(double a) {
        return Math.max(0.0, (1.0 - Math.log(a) - LOG_A_PRIOR_VARIANCE) / (LOG_A_PRIOR_VARIANCE * a * a));
    }

    private static double[] invert(double aa, double ab, double bb) {
        double determinant = aa * bb - ab * ab;
        if (!(determinant > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Math.sqrt(bb / determinant), Math.sqrt(aa / determinant)};
    }
}
