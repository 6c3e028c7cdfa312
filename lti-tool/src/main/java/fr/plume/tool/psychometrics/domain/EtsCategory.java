package fr.plume.tool.psychometrics.domain;

/**
 * ETS classification of Mantel–Haenszel DIF (Zieky, 1993; Dorans &amp; Holland, 1993), on the
 * delta scale D = −2.35·ln α_MH.
 */
public enum EtsCategory {
    /** Negligible: |D| &lt; 1, or D not significantly different from 0 (α = 0.05). */
    A,
    /** Slight to moderate: neither A nor C. */
    B,
    /** Moderate to large: |D| ≥ 1.5 and |D| significantly greater than 1 (one-sided α = 0.05). */
    C;

    static EtsCategory classify(double delta, double standardError, double chiSquarePValue) {
        double size = Math.abs(delta);
        if (size < 1.0 || !(chiSquarePValue < 0.05)) {
            return A;
        }
        if (size >= 1.5 && (size - 1.0) / standardError > 1.645) {
            return C;
        }
        return B;
    }
}
