package fr.plume.tool.assessment.domain;

/**
 * The uncertainty of a level put into words for students: a level is "reliable" when the estimate
 * lies within it with a probability of at least 0.7 and its standard error is below 0.45; "to
 * confirm" when some answers support it; "indicative" when no item of the competency was answered
 * (the level then comes from the other competencies).
 */
public enum Certainty {
    RELIABLE,
    TO_CONFIRM,
    INDICATIVE;

    public static Certainty of(double levelProbability, double standardError, int itemCount) {
        if (itemCount == 0) {
            return INDICATIVE;
        }
        return levelProbability >= 0.7 && standardError < 0.45 ? RELIABLE : TO_CONFIRM;
    }

    public String messageKey() {
        return "assessment.certainty." + name();
    }
}
