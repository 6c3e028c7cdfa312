package fr.plume.tool.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives a full tool the in-memory published-modules port, for the commons' consumers (OAI-PMH
 * provider, downloads) tested independently of the item bank's own implementation, which it
 * stands in for (primary) so each test decides exactly which modules are published.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PublishedModulesConfiguration {

    @Bean
    @Primary
    InMemoryPublishedModules inMemoryPublishedModules() {
        return new InMemoryPublishedModules();
    }
}
