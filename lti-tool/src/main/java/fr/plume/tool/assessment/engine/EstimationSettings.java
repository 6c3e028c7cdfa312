package fr.plume.tool.assessment.engine;

import fr.plume.tool.assessment.engine.irt.QuadratureGrid;
import java.util.Objects;

/**
 * How θ is estimated.
 *
 * @param grid                 quadrature grid for EAP (default 81 points on [−6, 6])
 * @param priorMean            mean of the normal prior on the global θ
 * @param priorSd              standard deviation of that prior
 * @param competencySpreadSd   τ, the SD of a competency's θ_c around the global θ; small values
 *                             shrink competency estimates towards the global θ
 */
public record EstimationSettings(QuadratureGrid grid, double priorMean, double priorSd, double competencySpreadSd) {

    public static final double DEFAULT_COMPETENCY_SPREAD_SD = 0.6;

    public EstimationSettings {
        Objects.requireNonNull(grid, "grid");
        if (!(priorSd > 0.0) || !(competencySpreadSd > 0.0)) {
            throw new IllegalArgumentException("prior standard deviations must be positive");
        }
    }

    public static EstimationSettings defaults() {
        return new EstimationSettings(QuadratureGrid.standard(), 0.0, 1.0, DEFAULT_COMPETENCY_SPREAD_SD);
    }
}
