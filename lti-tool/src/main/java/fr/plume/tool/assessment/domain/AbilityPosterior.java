package fr.plume.tool.assessment.domain;

import java.util.Arrays;

/**
 * The log posterior of an attempt's global θ on the engine's quadrature grid, as stored after its
 * last scored answer, so the next answer updates θ incrementally.
 *
 * @param answers how many scored answers it holds
 */
public record AbilityPosterior(double[] logDensity, int answers) {

    public AbilityPosterior {
        logDensity = logDensity.clone();
    }

    @Override
    public double[] logDensity() {
        return logDensity.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AbilityPosterior that && answers == that.answers
                && Arrays.equals(logDensity, that.logDensity);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(logDensity) + answers;
    }

    @Override
    public String toString() {
        return "AbilityPosterior[answers=" + answers + ", points=" + logDensity.length + "]";
    }
}
