package fr.plume.tool.assessment.engine.cat;

/** Where item information is maximised. */
public enum SelectionTarget {
    /** At the provisional θ̂: precise estimates (placement, practice). */
    ESTIMATE,
    /**
     * At the level cut point nearest the provisional θ̂: precise decisions (certification), as in
     * cut-score-targeted classification testing (Spray &amp; Reckase, 1994; Eggen, 1999).
     */
    NEAREST_CUT
}
