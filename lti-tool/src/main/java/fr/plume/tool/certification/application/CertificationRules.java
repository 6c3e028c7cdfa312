package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.EligibilityRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The consortium's certification rules ({@code plume.certification.*}).
 *
 * @param invigilationRequired a certifying attempt starts or resumes only once the candidate's
 *                             invigilator authorised it (true unless turned off)
 * @param eligibleCompetencies how many competencies the profile must show at {@code eligibleLevel}
 *                             at least (0: everyone is eligible)
 * @param eligibleMonths       how recent those levels must be
 */
@ConfigurationProperties("plume.certification")
public record CertificationRules(Boolean invigilationRequired, Integer eligibleCompetencies, Integer eligibleLevel,
        Integer eligibleMonths) {

    public CertificationRules {
        invigilationRequired = invigilationRequired == null || invigilationRequired;
        eligibleCompetencies = eligibleCompetencies == null ? 0 : eligibleCompetencies;
        eligibleLevel = eligibleLevel == null ? 2 : eligibleLevel;
        eligibleMonths = eligibleMonths == null ? 12 : eligibleMonths;
    }

    public EligibilityRule eligibility() {
        return new EligibilityRule(eligibleCompetencies, eligibleLevel, eligibleMonths);
    }
}
