package fr.plume.tool.assessment.engine;

/**
 * θ_d of one domain of the framework (a group of competencies), estimated with the higher-order
 * model of {@link fr.plume.tool.assessment.engine.profile.HigherOrderProfile}.
 *
 * @param levelProbability posterior probability that θ_d lies within the reported level's interval
 * @param itemCount        answers to items of the domain's competencies
 */
public record DomainEstimate(String domainCode, double theta, double standardError, int level,
                             double levelProbability, int itemCount) {
}
