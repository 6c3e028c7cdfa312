package fr.plume.tool.psychometrics.domain;

/**
 * Logistic-regression DIF (Swaminathan &amp; Rogers, 1990): three nested models of the item score on
 * the matching ability θ̂ and the group g — M1: θ̂; M2: θ̂ + g; M3: θ̂ + g + θ̂·g. The likelihood
 * ratio M1→M2 (1 df) tests uniform DIF, M2→M3 (1 df) non-uniform DIF; the effect size is the
 * increase of Nagelkerke's R² (Zumbo, 1999). Jodoin &amp; Gierl (2001) call ΔR² below 0.035
 * negligible; in our simulation a strongly non-uniform item (a 1.6 against 0.6, 2 × 2,000
 * candidates) reached only 0.015–0.037, so Plume flags from ΔR² ≥ {@value #MIN_DELTA_R2} with a
 * test significant at {@value #ALPHA} (docs/psychometrics.md). Fitted by iteratively reweighted
 * least squares.
 */
public final class LogisticRegressionDif {

    private static final int MAX_ITERATIONS = 50;
    public static final double ALPHA = 0.001;
    public static final double MIN_DELTA_R2 = 0.01;

    private LogisticRegressionDif() {
    }

    public record Result(double uniformChiSquare, double uniformP, double nonUniformChiSquare, double nonUniformP,
                         double uniformDeltaR2, double nonUniformDeltaR2, double groupEffect, double interaction) {

        /** Non-uniform DIF: the interaction is significant at {@link #ALPHA} and ΔR² ≥ {@link #MIN_DELTA_R2}. */
        public boolean nonUniform() {
            return nonUniformP < ALPHA && nonUniformDeltaR2 >= MIN_DELTA_R2;
        }

        public boolean uniform() {
            return uniformP < ALPHA && uniformDeltaR2 >= MIN_DELTA_R2;
        }
    }

    public static Result analyse(double[] theta, boolean[] focal, boolean[] correct) {
        int n = theta.length;
        double[][] x3 = new double[n][];
        for (int i = 0; i < n; i++) {
            double g = focal[i] ? 1.0 : 0.0;
            x3[i] = new double[] {1.0, theta[i], g, theta[i] * g};
        }
        double null0 = logLikelihood(fit(x3, correct, 1), x3, correct, 1);
        double[] b1 = fit(x3, correct, 2);
        double[] b2 = fit(x3, correct, 3);
        double[] b3 = fit(x3, correct, 4);
        double l1 = logLikelihood(b1, x3, correct, 2);
        double l2 = logLikelihood(b2, x3, correct, 3);
        double l3 = logLikelihood(b3, x3, correct, 4);
        double uniform = Math.max(0.0, 2 * (l2 - l1));
        double nonUniform = Math.max(0.0, 2 * (l3 - l2));
        return new Result(uniform, Distributions.chiSquareSurvival(uniform, 1), nonUniform,
                Distributions.chiSquareSurvival(nonUniform, 1),
                nagelkerke(l2, null0, n) - nagelkerke(l1, null0, n), nagelkerke(l3, null0, n) - nagelkerke(l2, null0, n),
                b2[2], b3[3]);
    }

    private static double nagelkerke(double logLikelihood, double nullLogLikelihood, int n) {
        double coxSnell = 1.0 - Math.exp(2.0 * (nullLogLikelihood - logLikelihood) / n);
        double maximum = 1.0 - Math.exp(2.0 * nullLogLikelihood / n);
        return coxSnell / maximum;
    }

    /** IRLS on the first {@code k} columns. */
    static double[] fit(double[][] x, boolean[] y, int k) {
        double[] beta = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] information = new double[k][k];
            double[] score = new double[k];
            for (int i = 0; i < x.length; i++) {
                double p = 1.0 / (1.0 + Math.exp(-dot(beta, x[i], k)));
                double w = Math.max(p * (1 - p), 1e-10);
                double residual = (y[i] ? 1.0 : 0.0) - p;
                for (int u = 0; u < k; u++) {
                    score[u] += residual * x[i][u];
                    for (int v = 0; v < k; v++) {
                        information[u][v] += w * x[i][u] * x[i][v];
                    }
                }
            }
            double[] step = solve(information, score);
            double largest = 0;
            for (int u = 0; u < k; u++) {
                beta[u] += step[u];
                largest = Math.max(largest, Math.abs(step[u]));
            }
            if (largest < 1e-8) {
                break;
            }
        }
        return beta;
    }

    private static double logLikelihood(double[] beta, double[][] x, boolean[] y, int k) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double z = dot(beta, x[i], k);
            sum -= AbilityScoring.softplus(y[i] ? -z : z);
        }
        return sum;
    }

    private static double dot(double[] beta, double[] row, int k) {
        double z = 0;
        for (int u = 0; u < k; u++) {
            z += beta[u] * row[u];
        }
        return z;
    }

    /** Gaussian elimination with partial pivoting on a small symmetric system. */
    static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, m[i], 0, n);
            m[i][n] = vector[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-14) {
                return new double[n];
            }
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= factor * m[col][c];
                }
            }
        }
        double[] solution = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int c = row + 1; c < n; c++) {
                sum -= m[row][c] * solution[c];
            }
            solution[row] = sum / m[row][row];
        }
        return solution;
    }
}
