package fr.plume.tool.psychometrics.infra;

import fr.plume.tool.psychometrics.domain.PsychometricsSettings;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PsychometricsSettingsConfiguration {

    @Bean
    PsychometricsSettings psychometricsSettings(@Value("${plume.psychometrics.node-id:}") String nodeId,
                                                @Value("${plume.psychometrics.lease:PT30M}") Duration lease) {
        return new PsychometricsSettings(
                nodeId.isBlank() ? host() + "/" + UUID.randomUUID().toString().substring(0, 8) : nodeId, lease);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
