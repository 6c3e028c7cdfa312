package fr.plume.tool.psychometrics.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orlando &amp; Thissen's (2000, 2003) S-X² item fit, extended to booklets that differ between
 * candidates (adaptive tests): each candidate's expected probability of answering item i right
 * given their summed score s on their own booklet is
 * E_i(s) = ∫ P_i(θ) f_{−i}(s − 1 | θ) g(θ) dθ ÷ ∫ f(s | θ) g(θ) dθ, with the summed-score
 * likelihoods f by the Lord–Wingersky (1984) recursion and f_{−i} obtained by removing item i from
 * f (a stable deconvolution: forward when P_i ≤ ½, backward otherwise). Candidates are grouped by
 * proportion-correct score (0–{@value #SCORE_BINS} scale, exactly s for 30-item booklets), groups
 * are collapsed from the lower end until the expected right and wrong counts are both ≥ 1, and
 * S-X² = Σ_k N_k (O_k − E_k)² / (E_k (1 − E_k)) on proportions, with groups − 2 degrees of freedom.
 * Candidates with a zero or perfect score carry no information and are left out.
 */
public final class ItemFit {

    static final int SCORE_BINS = 30;
    private static final double MIN_EXPECTED = 1.0;

    private ItemFit() {
    }

    public record Result(double chiSquare, int degreesOfFreedom, double pValue) {

        static final Result UNKNOWN = new Result(Double.NaN, 0, Double.NaN);
    }

    public static Map<String, Result> orlandoThissen(AbilityScoring scoring) {
        ResponseTable table = scoring.table();
        double[] points = scoring.grid().points();
        double[] weights = scoring.grid().weights();
        int q = points.length;
        List<TreeMap<Integer, double[]>> groups = new ArrayList<>();
        for (int j = 0; j < table.itemCount(); j++) {
            groups.add(new TreeMap<>());
        }
        for (int p = 0; p < table.personCount(); p++) {
            int[] booklet = bookletOf(scoring, p);
            int length = booklet.length;
            int score = 0;
            for (int r : booklet) {
                score += table.correct(r) ? 1 : 0;
            }
            if (length < 2 || score == 0 || score == length) {
                continue;
            }
            double[][] probabilities = new double[length][q];
            for (int k = 0; k < length; k++) {
                int j = table.item(booklet[k]);
                for (int g = 0; g < q; g++) {
                    probabilities[k][g] = Irt.probability(scoring.a(j), scoring.b(j), points[g]);
                }
            }
            double[][] f = lordWingersky(probabilities, length, q);
            double denominator = 0;
            for (int g = 0; g < q; g++) {
                denominator += weights[g] * f[score][g];
            }
            int bin = (int) Math.round((double) SCORE_BINS * score / length);
            for (int k = 0; k < length; k++) {
                double[] without = withoutItemAtScore(f, probabilities[k], score - 1, q);
                double numerator = 0;
                for (int g = 0; g < q; g++) {
                    numerator += weights[g] * probabilities[k][g] * without[g];
                }
                double[] cell = groups.get(table.item(booklet[k])).computeIfAbsent(bin, key -> new double[3]);
                cell[0]++;
                cell[1] += table.correct(booklet[k]) ? 1 : 0;
                cell[2] += numerator / denominator;
            }
        }
        Map<String, Result> results = new HashMap<>();
        for (int j = 0; j < table.itemCount(); j++) {
            results.put(table.itemIds().get(j), statistic(groups.get(j)));
        }
        return results;
    }

    private static int[] bookletOf(AbilityScoring scoring, int person) {
        ResponseTable table = scoring.table();
        int[] responses = new int[table.end(person) - table.start(person)];
        int count = 0;
        for (int r = table.start(person); r < table.end(person); r++) {
            if (scoring.known(table.item(r))) {
                responses[count++] = r;
            }
        }
        return java.util.Arrays.copyOf(responses, count);
    }

    /** f[s][g]: probability of summed score s at grid point g. */
    static double[][] lordWingersky(double[][] probabilities, int length, int q) {
        double[][] f = new double[length + 1][q];
        java.util.Arrays.fill(f[0], 1.0);
        for (int k = 0; k < length; k++) {
            for (int s = k + 1; s >= 0; s--) {
                for (int g = 0; g < q; g++) {
                    double right = s > 0 ? f[s - 1][g] * probabilities[k][g] : 0.0;
                    f[s][g] = f[s][g] * (1.0 - probabilities[k][g]) + right;
                }
            }
        }
        return f;
    }

    /** f_{−i}(s | θ_g) for one s, removing the item of probabilities {@code p} from f. */
    static double[] withoutItemAtScore(double[][] f, double[] p, int s, int q) {
        int length = f.length - 1;
        double[] result = new double[q];
        for (int g = 0; g < q; g++) {
            double pg = p[g];
            double qg = 1.0 - pg;
            double value;
            if (pg <= 0.5) {
                value = f[0][g] / qg;
                for (int t = 1; t <= s; t++) {
                    value = (f[t][g] - value * pg) / qg;
                }
            } else {
                value = f[length][g] / pg; // f_{−i}(length − 1)
                for (int t = length - 1; t > s; t--) {
                    value = (f[t][g] - value * qg) / pg;
                }
            }
            result[g] = Math.max(0.0, value);
        }
        return result;
    }

    private static Result statistic(TreeMap<Integer, double[]> bins) {
        List<double[]> collapsed = new ArrayList<>();
        double[] current = new double[3];
        for (double[] cell : bins.values()) {
            for (int i = 0; i < 3; i++) {
                current[i] += cell[i];
            }
            if (current[2] >= MIN_EXPECTED && current[0] - current[2] >= MIN_EXPECTED) {
                collapsed.add(current);
                current = new double[3];
            }
        }
        if (current[0] > 0 && !collapsed.isEmpty()) {
            double[] last = collapsed.get(collapsed.size() - 1);
            for (int i = 0; i < 3; i++) {
                last[i] += current[i];
            }
        }
        int degrees = collapsed.size() - 2;
        if (degrees < 1) {
            return Result.UNKNOWN;
        }
        double chiSquare = 0;
        for (double[] cell : collapsed) {
            double observed = cell[1] / cell[0];
            double expected = cell[2] / cell[0];
            chiSquare += cell[0] * (observed - expected) * (observed - expected) / (expected * (1.0 - expected));
        }
        return new Result(chiSquare, degrees, Distributions.chiSquareSurvival(chiSquare, degrees));
    }
}
