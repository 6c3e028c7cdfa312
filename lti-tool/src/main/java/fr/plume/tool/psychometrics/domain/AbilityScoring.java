package fr.plume.tool.psychometrics.domain;

import java.util.Map;

/**
 * Posteriors of the candidates' θ over a latent grid, given item parameters: the E-step shared by
 * standard errors, EAP scores and item fit. Responses to items without known parameters are
 * ignored.
 */
public final class AbilityScoring {

    private final ResponseTable table;
    private final LatentGrid grid;
    private final double[] a;
    private final double[] b;
    private final boolean[] known;

    public AbilityScoring(ResponseTable table, Map<String, ItemParameter> parameters, LatentGrid grid) {
        this.table = table;
        this.grid = grid;
        int count = table.itemCount();
        a = new double[count];
        b = new double[count];
        known = new boolean[count];
        for (int j = 0; j < count; j++) {
            ItemParameter parameter = parameters.get(table.itemIds().get(j));
            if (parameter != null && parameter.known()) {
                a[j] = parameter.a();
                b[j] = parameter.b();
                known[j] = true;
            }
        }
    }

    public ResponseTable table() {
        return table;
    }

    public LatentGrid grid() {
        return grid;
    }

    public boolean known(int item) {
        return known[item];
    }

    public double a(int item) {
        return a[item];
    }

    public double b(int item) {
        return b[item];
    }

    /** Writes person's normalised posterior over the grid into {@code out}. */
    public void posterior(int person, double[] out) {
        double[] points = grid.points();
        double[] weights = grid.weights();
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < points.length; q++) {
            double log = Math.log(weights[q]);
            for (int r = table.start(person); r < table.end(person); r++) {
                int j = table.item(r);
                if (known[j]) {
                    double z = a[j] * (points[q] - b[j]);
                    log -= softplus(table.correct(r) ? -z : z);
                }
            }
            out[q] = log;
            max = Math.max(max, log);
        }
        double total = 0;
        for (int q = 0; q < points.length; q++) {
            out[q] = Math.exp(out[q] - max);
            total += out[q];
        }
        for (int q = 0; q < points.length; q++) {
            out[q] /= total;
        }
    }

    /** Expected a posteriori θ of every candidate. */
    public double[] expectedAbilities() {
        double[] theta = new double[table.personCount()];
        double[] posterior = new double[grid.size()];
        double[] points = grid.points();
        for (int p = 0; p < theta.length; p++) {
            posterior(p, posterior);
            double mean = 0;
            for (int q = 0; q < posterior.length; q++) {
                mean += posterior[q] * points[q];
            }
            theta[p] = mean;
        }
        return theta;
    }

    static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }
}
