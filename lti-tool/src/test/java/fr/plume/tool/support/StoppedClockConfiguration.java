package fr.plume.tool.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Imports a {@link MovableClock#stopped() stopped} clock as the tool's clock. Test classes that
 * import only this share one Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoppedClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return MovableClock.stopped();
    }
}
