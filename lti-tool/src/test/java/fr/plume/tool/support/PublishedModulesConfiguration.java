package fr.plume.tool.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives a full tool the in-memory published-modules port, for the commons' consumers (OAI-PMH
 * provider, downloads) tested before and independently of the item bank's own implementation.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PublishedModulesConfiguration {

    @Bean
    InMemoryPublishedModules inMemoryPublishedModules() {
        return new InMemoryPublishedModules();
    }
}
