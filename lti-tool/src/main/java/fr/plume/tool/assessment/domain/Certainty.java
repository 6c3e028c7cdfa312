package fr.plume.tool.assessment.domain;

/**
 * The uncertainty of a level put into words for students: a level is "reliable" when the estimate
 * lies within it with a probability of at least 0.7 and its standard error is below 0.45; "to
 * confirm" when it is at least as likely as not (probability ≥ 0.5); "indicative" otherwise, or
 * when no item of the competency was answered (the level then comes mostly from the other
 * competencies of the domain and from the other domains).
 */
public enum Certainty {
    RELIABLE,
    TO_CONFIRM,
    INDICATIVE;

    public static Certainty of(double levelProbability, double standardError, int itemCount) {
        if (itemCount == 0) {
            return INDICATIVE;
        }
        if (levelProbability >= 0.7 && standardError < 0.45) {
            return RELIABLE;
        }
        return levelProbability >= 0.5 ? TO_CONFIRM : INDICATIVE;
    }

    public String messageKey() {
        return "assessment.certainty." + name();
    }
}
