package fr.plume.tool.assessment.engine.calibration;

import fr.plume.tool.assessment.engine.irt.QuadratureGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 2PL calibration by marginal maximum likelihood with the EM algorithm of Bock &amp; Aitkin (1981),
 * over a fixed quadrature grid, with Bayesian priors on a (lognormal) and b (normal)
 * (Mislevy, 1986) — i.e. marginal MAP estimates.
 *
 * <ul>
 * <li>E-step: for each candidate, the posterior over the grid given the current parameters; the
 *     expected number of candidates n_jq and of correct answers r_jq at each grid point are
 *     accumulated per item. Candidates are split across threads, each with its own accumulators.
 * <li>M-step: per item, a few Fisher-scoring steps on
 *     Σ_q [r_jq log P_j(θ_q) + (n_jq − r_jq) log(1 − P_j(θ_q))] + log prior(a, b).
 * <li>Anchors keep their parameters; with anchors, the mean and SD of the latent distribution are
 *     re-estimated each cycle so that the new items land on the anchors' scale. Without anchors
 *     the latent distribution is fixed to N(0, 1), which identifies the scale.
 * </ul>
 */
public final class MarginalMaximumLikelihoodCalibrator {

    private static final double MIN_A = 0.05;
    private static final double MAX_A = 8.0;
    private static final double MAX_ABS_B = 10.0;
    private static final int SCORING_STEPS = 5;

    private final CalibrationSettings settings;

    public MarginalMaximumLikelihoodCalibrator(CalibrationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public CalibrationResult calibrate(ResponseMatrix data, Map<String, AnchorParameters> anchors, String version) {
        Objects.requireNonNull(version, "version");
        ExecutorService executor = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "plume-calibration");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new Run(data, anchors, executor).calibrate(version);
        } finally {
            executor.shutdownNow();
        }
    }

    /** The mutable state of one calibration. */
    private final class Run {

        private final ResponseMatrix data;
        private final ExecutorService executor;
        private final QuadratureGrid grid;
        private final int itemCount;
        private final int q;
        private final double[] a;
        private final double[] b;
        private final CalibrationStatus[] status;
        private final boolean[] active;
        private final int[] responseCount;
        private final int[] correctCount;
        private final double[] logP;
        private final double[] logQ;
        private final boolean hasAnchors;
        private double populationMean;
        private double populationSd = 1.0;

        Run(ResponseMatrix data, Map<String, AnchorParameters> anchors, ExecutorService executor) {
            this.data = data;
            this.executor = executor;
            this.grid = settings.grid();
            this.itemCount = data.itemCount();
            this.q = grid.size();
            this.a = new double[itemCount];
            this.b = new double[itemCount];
            this.status = new CalibrationStatus[itemCount];
            this.active = new boolean[itemCount];
            this.responseCount = new int[itemCount];
            this.correctCount = new int[itemCount];
            this.logP = new double[itemCount * q];
            this.logQ = new double[itemCount * q];
            for (int r = 0; r < data.responseCount(); r++) {
                responseCount[data.item(r)]++;
                if (data.correct(r)) {
                    correctCount[data.item(r)]++;
                }
            }
            int anchorsFound = 0;
            for (int j = 0; j < itemCount; j++) {
                AnchorParameters anchor = anchors.get(data.itemIds().get(j));
                if (anchor != null) {
                    status[j] = CalibrationStatus.ANCHOR;
                    a[j] = anchor.a();
                    b[j] = anchor.b();
                    active[j] = responseCount[j] > 0;
                    anchorsFound++;
                } else if (responseCount[j] < settings.minResponses()) {
                    status[j] = CalibrationStatus.REFUSED_TOO_FEW_RESPONSES;
                    a[j] = Double.NaN;
                    b[j] = Double.NaN;
                } else {
                    status[j] = CalibrationStatus.ESTIMATED;
                    active[j] = true;
                    double p = (correctCount[j] + 0.5) / (responseCount[j] + 1.0);
                    a[j] = 1.0;
                    // start: for a = 1, θ ~ N(0, 1), logit(p) ≈ −b/√(1 + π/8) (probit approximation of the logistic-normal integral)
                    b[j] = clamp(-1.18 * Math.log(p / (1.0 - p)), -MAX_ABS_B, MAX_ABS_B);
                }
            }
            this.hasAnchors = anchorsFound > 0;
        }

        CalibrationResult calibrate(String version) {
            int iteration = 0;
            boolean converged = false;
            while (iteration < settings.maxIterations() && !converged) {
                iteration++;
                fillLogTables();
                Expectations expectations = expectationStep(false);
                double change = maximizationStep(expectations);
                if (hasAnchors && expectations.persons > 0) {
                    double mean = expectations.sumMeans / expectations.persons;
                    double variance = expectations.sumSecondMoments / expectations.persons - mean * mean;
                    double sd = Math.sqrt(Math.max(variance, 1e-4));
                    change = Math.max(change, Math.max(Math.abs(mean - populationMean), Math.abs(sd - populationSd)));
                    populationMean = mean;
                    populationSd = sd;
                }
                converged = change < settings.tolerance();
            }
            fillLogTables();
            Expectations finalPass = expectationStep(true);
            return new CalibrationResult(version, calibratedItems(finalPass.personMeans), iteration, converged,
                    populationMean, populationSd);
        }

        private void fillLogTables() {
            for (int j = 0; j < itemCount; j++) {
                if (!active[j]) {
                    continue;
                }
                int base = j * q;
                for (int k = 0; k < q; k++) {
                    double z = a[j] * (grid.point(k) - b[j]);
                    logP[base + k] = -softplus(-z);
                    logQ[base + k] = -softplus(z);
                }
            }
        }

        private Expectations expectationStep(boolean keepPersonMeans) {
            int persons = data.personCount();
            int chunks = Math.min(settings.threads(), Math.max(1, persons));
            double[] logPrior = new double[q];
            for (int k = 0; k < q; k++) {
                double d = (grid.point(k) - populationMean) / populationSd;
                logPrior[k] = -0.5 * d * d;
            }
            double[] personMeans = keepPersonMeans ? new double[persons] : null;
            List<Future<Expectations>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                int from = (int) ((long) persons * c / chunks);
                int to = (int) ((long) persons * (c + 1) / chunks);
                futures.add(executor.submit(() -> expectations(from, to, logPrior, personMeans)));
            }
            Expectations total = null;
            for (Future<Expectations> future : futures) {
                Expectations part = join(future);
                if (total == null) {
                    total = part;
                } else {
                    total.add(part);
                }
            }
            total.personMeans = personMeans;
            return total;
        }

        private Expectations expectations(int from, int to, double[] logPrior, double[] personMeans) {
            Expectations result = new Expectations(itemCount * q);
            double[] weights = new double[q];
            for (int p = from; p < to; p++) {
                System.arraycopy(logPrior, 0, weights, 0, q);
                int answered = 0;
                for (int r = data.start(p); r < data.end(p); r++) {
                    int j = data.item(r);
                    if (!active[j]) {
                        continue;
                    }
                    answered++;
                    double[] table = data.correct(r) ? logP : logQ;
                    int base = j * q;
                    for (int k = 0; k < q; k++) {
                        weights[k] += table[base + k];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < q; k++) {
                    max = Math.max(max, weights[k]);
                }
                double total = 0.0;
                for (int k = 0; k < q; k++) {
                    weights[k] = Math.exp(weights[k] - max);
                    total += weights[k];
                }
                double mean = 0.0;
                double second = 0.0;
                for (int k = 0; k < q; k++) {
                    weights[k] /= total;
                    double theta = grid.point(k);
                    mean += weights[k] * theta;
                    second += weights[k] * theta * theta;
                }
                if (personMeans != null) {
                    personMeans[p] = mean;
                }
                if (answered == 0) {
                    continue;
                }
                result.persons++;
                result.sumMeans += mean;
                result.sumSecondMoments += second;
                for (int r = data.start(p); r < data.end(p); r++) {
                    int j = data.item(r);
                    if (!active[j]) {
                        continue;
                    }
                    int base = j * q;
                    double[] expected = result.expectedCount;
                    for (int k = 0; k < q; k++) {
                        expected[base + k] += weights[k];
                    }
                    if (data.correct(r)) {
                        double[] expectedCorrect = result.expectedCorrect;
                        for (int k = 0; k < q; k++) {
                            expectedCorrect[base + k] += weights[k];
                        }
                    }
                }
            }
            return result;
        }

        /** Fisher scoring per free item; returns the largest parameter change. */
        private double maximizationStep(Expectations expectations) {
            double largestChange = 0.0;
            double slopePriorPrecision = 1.0 / (settings.logSlopePriorSd() * settings.logSlopePriorSd());
            double difficultyPriorPrecision = 1.0 / (settings.difficultyPriorSd() * settings.difficultyPriorSd());
            for (int j = 0; j < itemCount; j++) {
                if (status[j] != CalibrationStatus.ESTIMATED) {
                    continue;
                }
                double itemA = a[j];
                double itemB = b[j];
                int base = j * q;
                for (int step = 0; step < SCORING_STEPS; step++) {
                    double gradA = 0.0;
                    double gradB = 0.0;
                    double infoAA = 0.0;
                    double infoAB = 0.0;
                    double infoBB = 0.0;
                    for (int k = 0; k < q; k++) {
                        double n = expectations.expectedCount[base + k];
                        if (n == 0.0) {
                            continue;
                        }
                        double z = grid.point(k) - itemB;
                        double p = 1.0 / (1.0 + Math.exp(-itemA * z));
                        double residual = expectations.expectedCorrect[base + k] - n * p;
                        double w = n * p * (1.0 - p);
                        gradA += residual * z;
                        gradB -= residual * itemA;
                        infoAA += w * z * z;
                        infoAB -= w * z * itemA;
                        infoBB += w * itemA * itemA;
                    }
                    // Prior N(m, s²) on log a, maximised in log a (as the prior is stated): its mode is
                    // a = e^m. Maximising the lognormal density of a instead adds the Jacobian term
                    // −1/a and moves the mode to e^(m − s²) (0.78 for m = 0, s = 0.5), pulling weakly
                    // informed items below 1 (issue 15).
                    double logA = Math.log(itemA);
                    gradA += -(logA - settings.logSlopePriorMean()) * slopePriorPrecision / itemA;
                    infoAA += slopePriorPrecision / (itemA * itemA);
                    gradB += -(itemB - settings.difficultyPriorMean()) * difficultyPriorPrecision;
                    infoBB += difficultyPriorPrecision;
                    double determinant = infoAA * infoBB - infoAB * infoAB;
                    if (!(determinant > 1e-12)) {
                        break;
                    }
                    double deltaA = clamp((infoBB * gradA - infoAB * gradB) / determinant, -0.5, 0.5);
                    double deltaB = clamp((infoAA * gradB - infoAB * gradA) / determinant, -1.0, 1.0);
                    itemA = clamp(itemA + deltaA, MIN_A, MAX_A);
                    itemB = clamp(itemB + deltaB, -MAX_ABS_B, MAX_ABS_B);
                    if (Math.abs(deltaA) < 1e-6 && Math.abs(deltaB) < 1e-6) {
                        break;
                    }
                }
                largestChange = Math.max(largestChange, Math.max(Math.abs(itemA - a[j]), Math.abs(itemB - b[j])));
                a[j] = itemA;
                b[j] = itemB;
            }
            return largestChange;
        }

        private List<CalibratedItem> calibratedItems(double[] thetaHat) {
            double[] sumX = new double[itemCount];
            double[] sumTheta = new double[itemCount];
            double[] sumThetaSquared = new double[itemCount];
            double[] sumXTheta = new double[itemCount];
            double[] squaredResiduals = new double[itemCount];
            double[] variances = new double[itemCount];
            double[] standardisedSquares = new double[itemCount];
            for (int p = 0; p < data.personCount(); p++) {
                double theta = thetaHat[p];
                for (int r = data.start(p); r < data.end(p); r++) {
                    int j = data.item(r);
                    double x = data.correct(r) ? 1.0 : 0.0;
                    sumX[j] += x;
                    sumTheta[j] += theta;
                    sumThetaSquared[j] += theta * theta;
                    sumXTheta[j] += x * theta;
                    if (active[j]) {
                        double probability = 1.0 / (1.0 + Math.exp(-a[j] * (theta - b[j])));
                        double variance = Math.max(probability * (1.0 - probability), 1e-9);
                        double residual = x - probability;
                        squaredResiduals[j] += residual * residual;
                        variances[j] += variance;
                        standardisedSquares[j] += residual * residual / variance;
                    }
                }
            }
            List<CalibratedItem> items = new ArrayList<>(itemCount);
            for (int j = 0; j < itemCount; j++) {
                int n = responseCount[j];
                double pValue = n == 0 ? Double.NaN : sumX[j] / n;
                double pointBiserial = correlation(n, sumX[j], sumTheta[j], sumThetaSquared[j], sumXTheta[j]);
                double infit = active[j] && variances[j] > 0 ? squaredResiduals[j] / variances[j] : Double.NaN;
                double outfit = active[j] && n > 0 ? standardisedSquares[j] / n : Double.NaN;
                boolean misfit = active[j] && (infit < settings.fitLow() || infit > settings.fitHigh()
                        || outfit < settings.fitLow() || outfit > settings.fitHigh()
                        || !(pointBiserial >= settings.minPointBiserial()) || a[j] < settings.minDiscrimination());
                items.add(new CalibratedItem(data.itemIds().get(j), a[j], b[j], status[j],
                        new ItemStatistics(n, pValue, pointBiserial, infit, outfit, misfit)));
            }
            return items;
        }
    }

    /** Per-thread accumulators of the E-step. */
    private static final class Expectations {
        final double[] expectedCount;
        final double[] expectedCorrect;
        int persons;
        double sumMeans;
        double sumSecondMoments;
        double[] personMeans;

        Expectations(int size) {
            expectedCount = new double[size];
            expectedCorrect = new double[size];
        }

        void add(Expectations other) {
            for (int i = 0; i < expectedCount.length; i++) {
                expectedCount[i] += other.expectedCount[i];
                expectedCorrect[i] += other.expectedCorrect[i];
            }
            persons += other.persons;
            sumMeans += other.sumMeans;
            sumSecondMoments += other.sumSecondMoments;
        }
    }

    private static double correlation(int n, double sumX, double sumY, double sumYSquared, double sumXY) {
        if (n < 2) {
            return Double.NaN;
        }
        double covariance = sumXY / n - (sumX / n) * (sumY / n);
        double varianceX = sumX / n - (sumX / n) * (sumX / n);
        double varianceY = sumYSquared / n - (sumY / n) * (sumY / n);
        double denominator = Math.sqrt(varianceX * varianceY);
        return denominator > 0 ? covariance / denominator : Double.NaN;
    }

    private static Expectations join(Future<Expectations> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibration interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("calibration failed", e.getCause());
        }
    }

    private static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
