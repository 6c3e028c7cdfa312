package fr.plume.tool.privacy.infra;

import fr.plume.tool.privacy.domain.PurgeSettings;
import fr.plume.tool.privacy.domain.RetentionPeriods;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Period;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention periods and purge settings from {@code plume.privacy.*} (application.yaml). */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    PurgeSettings purgeSettings(@Value("${plume.privacy.retention.launch-counts:P13M}") Period launchCounts,
            @Value("${plume.privacy.retention.practice-answers:P3Y}") Period practiceAnswers,
            @Value("${plume.privacy.retention.attempt-admissions:P30D}") Duration admissions,
            @Value("${plume.privacy.retention.verification-counters:P1D}") Duration counters,
            @Value("${plume.privacy.retention.finished-grades:P1Y}") Period finishedGrades,
            @Value("${plume.privacy.retention.pushed-ratings:P1Y}") Period pushedRatings,
            @Value("${plume.privacy.purge-every:P1D}") Duration every,
            @Value("${plume.privacy.node-id:}") String nodeId) {
        return new PurgeSettings(new RetentionPeriods(launchCounts, practiceAnswers, admissions, counters,
                finishedGrades, pushedRatings), every,
                nodeId.isBlank() ? host() + "/" + UUID.randomUUID().toString().substring(0, 8) : nodeId,
                Duration.ofMinutes(30));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
