package fr.plume.tool.certification.domain;

import java.time.Duration;
import java.time.Period;

/**
 * Certificate settings ({@code plume.certification.*}).
 *
 * @param validity                how long a certificate is valid from its issue ({@code PLUME_CERTIFICATION_VALIDITY})
 * @param verificationsPerMinute  verification requests one client may make per minute
 * @param verificationCacheTtl    how long a node reuses a verification answer (revocations elsewhere show after it)
 * @param issueBatchSize          requests one worker claims at a time
 * @param issueLease              how long a claim is held before another node may retry it
 * @param issuePollInterval       the issuing worker's tick ({@code plume.certification.issue-poll-interval})
 * @param issueIdlePollMax        longest pause between two reads of an empty issuing queue
 * @param wrongCodesPerQuarterHour session codes one person may get wrong per quarter of an hour before joining is refused
 */
public record CertificationSettings(Period validity, int verificationsPerMinute, Duration verificationCacheTtl,
        int issueBatchSize, Duration issueLease, boolean issueWorkerEnabled, Duration issuePollInterval,
        Duration issueIdlePollMax, int wrongCodesPerQuarterHour) {
}
