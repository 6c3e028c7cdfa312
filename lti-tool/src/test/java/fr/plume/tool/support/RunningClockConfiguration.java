package fr.plume.tool.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Imports a {@link MovableClock#running() running} clock as the tool's clock, for tests whose
 * requests must see time pass (timeouts measured against the system clock, shifted by the test).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RunningClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return MovableClock.running();
    }
}
