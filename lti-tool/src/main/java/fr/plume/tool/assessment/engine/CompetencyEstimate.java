package fr.plume.tool.assessment.engine;

/**
 * θ_c of one competency: EAP under a prior centred on the global θ estimated from the other
 * competencies' answers.
 *
 * @param levelProbability posterior probability that θ_c lies within the reported level's interval
 * @param itemCount        answers to items of this competency
 */
public record CompetencyEstimate(String competencyCode, double theta, double standardError, int level,
                                 double levelProbability, int itemCount) {
}
