package fr.plume.tool.assessment.domain;

/** The level of one competency reported by an attempt or kept as mastery. */
public record CompetencyResult(String competency, double theta, double standardError, int level,
        double levelProbability, int itemCount) {

    public Certainty certainty() {
        return Certainty.of(levelProbability, standardError, itemCount);
    }
}
