package fr.plume.tool.assessment.engine.cat;

/** The estimator of the reported global θ. */
public enum FinalEstimator {
    /** Posterior mean under the N(0, 1) prior: smallest error on average, shrinks the extremes. */
    EAP,
    /**
     * Warm's (1989) weighted likelihood estimate: first-order unbiased, so candidates at the ends
     * of the scale are not pulled towards the mean (certification decisions at levels 1 and 6).
     */
    WLE,
    /**
     * Bayes classification: the level is the one whose θ band holds the largest posterior mass
     * under the population prior (the decision that maximises the expected share of candidates
     * given their true level), and the reported θ is the EAP. The level probability is that mass.
     */
    MOST_PROBABLE_LEVEL
}
