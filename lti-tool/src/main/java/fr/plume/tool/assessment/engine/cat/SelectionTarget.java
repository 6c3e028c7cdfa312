package fr.plume.tool.assessment.engine.cat;

/** Where item information is maximised. */
public enum SelectionTarget {
    /** At the provisional θ̂: precise estimates (placement, practice). */
    ESTIMATE,
    /**
     * At the level cut point nearest the provisional θ̂: precise decisions (certification), as in
     * cut-score-targeted classification testing (Spray &amp; Reckase, 1994; Eggen, 1999).
     */
    NEAREST_CUT,
    /**
     * At the level cut point that splits the posterior most evenly (largest min(P(θ &lt; c),
     * P(θ ≥ c))): the cut the decision is least sure about, which may not be the one nearest the
     * EAP when the posterior is skewed or wide.
     */
    MOST_UNCERTAIN_CUT
}
