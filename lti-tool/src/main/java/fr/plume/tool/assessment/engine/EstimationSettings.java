package fr.plume.tool.assessment.engine;

import fr.plume.tool.assessment.engine.irt.QuadratureGrid;
import fr.plume.tool.assessment.engine.profile.HigherOrderProfile;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How θ is estimated.
 *
 * @param grid                 quadrature grid for EAP (default 81 points on [−6, 6])
 * @param priorMean            mean of the normal prior on the global θ
 * @param priorSd              standard deviation of that prior
 * @param competencySpreadSd   τ, the SD of a competency's θ_c around its domain's θ_d
 * @param domainCorrelation    ρ, the correlation between the abilities of two domains
 */
public record EstimationSettings(QuadratureGrid grid, double priorMean, double priorSd, double competencySpreadSd,
                                 double domainCorrelation) {

    /**
     * Defaults for a framework like Plume's written-French one: domains correlate at about 0.8 and
     * competencies spread by about 0.4 around their domain (the values the simulations of issue 15
     * assume); replace them with the values estimated from calibration data when available.
     */
    public static final double DEFAULT_COMPETENCY_SPREAD_SD = 0.4;
    public static final double DEFAULT_DOMAIN_CORRELATION = 0.8;

    private static final Map<EstimationSettings, HigherOrderProfile> PROFILES = new ConcurrentHashMap<>();

    public EstimationSettings {
        Objects.requireNonNull(grid, "grid");
        if (!(priorSd > 0.0) || !(competencySpreadSd > 0.0)) {
            throw new IllegalArgumentException("prior standard deviations must be positive");
        }
        if (!(domainCorrelation > 0.0 && domainCorrelation < 1.0)) {
            throw new IllegalArgumentException("domain correlation must be in (0, 1)");
        }
    }

    public EstimationSettings(QuadratureGrid grid, double priorMean, double priorSd, double competencySpreadSd) {
        this(grid, priorMean, priorSd, competencySpreadSd, DEFAULT_DOMAIN_CORRELATION);
    }

    public static EstimationSettings defaults() {
        return new EstimationSettings(QuadratureGrid.standard(), 0.0, 1.0, DEFAULT_COMPETENCY_SPREAD_SD,
                DEFAULT_DOMAIN_CORRELATION);
    }

    /** The higher-order model for these settings (its kernels are built once per settings). */
    public HigherOrderProfile profile() {
        return PROFILES.computeIfAbsent(this, s -> new HigherOrderProfile(s.grid, s.domainCorrelation,
                s.competencySpreadSd));
    }
}
