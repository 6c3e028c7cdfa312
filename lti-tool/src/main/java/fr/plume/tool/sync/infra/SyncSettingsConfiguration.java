package fr.plume.tool.sync.infra;

import fr.plume.tool.sync.domain.SyncSettings;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler's settings from {@code plume.sync.*}. Without a configured node id, the host
 * name and a random suffix, so that two instances on one host do not share one.
 */
@Configuration(proxyBeanMethods = false)
class SyncSettingsConfiguration {

    @Bean
    SyncSettings syncSettings(@Value("${plume.sync.node-id:}") String nodeId,
            @Value("${plume.sync.lease:PT1H}") Duration lease) {
        return new SyncSettings(nodeId.isBlank() ? host() + "/" + UUID.randomUUID().toString().substring(0, 8) : nodeId,
                lease);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
