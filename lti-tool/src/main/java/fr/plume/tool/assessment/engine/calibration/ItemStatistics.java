package fr.plume.tool.assessment.engine.calibration;

/**
 * Classical and fit statistics of one item.
 *
 * @param pValue        proportion of correct responses
 * @param pointBiserial correlation between the item score and the candidates' θ̂ (EAP); with a
 *                      sparse design raw totals are not comparable across candidates
 * @param infit         information-weighted mean square Σ(x−P)² / ΣP(1−P)
 * @param outfit        unweighted mean square of standardised residuals (x−P)/√(P(1−P))
 * @param misfit        fit flag: infit or outfit outside the configured range, a point-biserial
 *                      below the minimum, or a discrimination below the minimum
 */
public record ItemStatistics(int responseCount, double pValue, double pointBiserial, double infit, double outfit,
                             boolean misfit) {
}
