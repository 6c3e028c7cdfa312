package fr.plume.tool.dashboard.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How the consortium shares {@code amount}: a fixed part split equally between members, a part in
 * proportion to active students and a part in proportion to certificates issued. The weights are
 * relative (0.4 / 0.4 / 0.2 or 2 / 2 / 1 are the same rule).
 */
public record CostRule(BigDecimal amount, BigDecimal fixedWeight, BigDecimal studentWeight,
        BigDecimal certificateWeight) {

    public CostRule {
        if (amount == null || amount.signum() < 0 || fixedWeight == null || studentWeight == null
                || certificateWeight == null || fixedWeight.signum() < 0 || studentWeight.signum() < 0
                || certificateWeight.signum() < 0 || weightSum(fixedWeight, studentWeight, certificateWeight).signum() == 0) {
            throw new IllegalArgumentException("an amount ≥ 0 and weights ≥ 0, not all zero");
        }
    }

    public BigDecimal fixedPart() {
        return part(fixedWeight);
    }

    public BigDecimal studentPart() {
        return part(studentWeight);
    }

    public BigDecimal certificatePart() {
        return part(certificateWeight);
    }

    private BigDecimal part(BigDecimal weight) {
        return amount.multiply(weight).divide(weightSum(fixedWeight, studentWeight, certificateWeight), MathContext.DECIMAL64);
    }

    private static BigDecimal weightSum(BigDecimal a, BigDecimal b, BigDecimal c) {
        return a.add(b).add(c);
    }
}
