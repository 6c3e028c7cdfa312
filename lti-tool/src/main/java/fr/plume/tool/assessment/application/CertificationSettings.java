package fr.plume.tool.assessment.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Certification rules the consortium sets ({@code plume.assessment.certification.*}).
 *
 * @param attemptsPerCertification how many certifying attempts one person may start for one
 *                                 certification, across every link, course and deployment of
 *                                 their member (DESIGN §7: once; at least 1)
 */
@ConfigurationProperties("plume.assessment.certification")
public record CertificationSettings(Integer attemptsPerCertification) {

    public CertificationSettings {
        attemptsPerCertification = attemptsPerCertification == null || attemptsPerCertification < 1 ? 1
                : attemptsPerCertification;
    }
}
