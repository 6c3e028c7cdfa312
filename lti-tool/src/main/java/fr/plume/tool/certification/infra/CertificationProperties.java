package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.CertificationSettings;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plume.certification.*}. The signing keystore (PKCS#12) signs the PDFs; without one the
 * tool generates a self-signed signing certificate once and keeps it, encrypted, in PostgreSQL.
 */
@ConfigurationProperties("plume.certification")
public record CertificationProperties(Period validity, String issuerName, Integer verificationsPerMinute,
        Duration verificationCacheTtl, Integer issueBatchSize, Duration issueLease, Boolean issueWorkerEnabled,
        Signing signing, Duration issuePollInterval, Duration issueIdlePollMax,
        Integer wrongCodesPerQuarterHour) {

    public record Signing(String keystore, String keystorePassword, String keyAlias) {
    }

    CertificationSettings settings() {
        return new CertificationSettings(validity == null ? Period.ofYears(5) : validity,
                verificationsPerMinute == null ? 60 : verificationsPerMinute,
                verificationCacheTtl == null ? Duration.ofSeconds(30) : verificationCacheTtl,
                issueBatchSize == null ? 8 : issueBatchSize,
                issueLease == null ? Duration.ofMinutes(2) : issueLease,
                issueWorkerEnabled == null || issueWorkerEnabled,
                issuePollInterval == null ? Duration.ofSeconds(2) : issuePollInterval,
                issueIdlePollMax == null ? Duration.ofSeconds(30) : issueIdlePollMax,
                wrongCodesPerQuarterHour == null ? 10 : wrongCodesPerQuarterHour);
    }

    String issuer() {
        return issuerName == null || issuerName.isBlank() ? "Plume" : issuerName;
    }
}
