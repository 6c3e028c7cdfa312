package fr.plume.tool.lti.ags;

import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The tool with a movable clock and the outbox worker off: tests drain the outbox themselves,
 * step by step. Every AGS/NRPS integration test shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlumeIntegrationTest
@Import(AgsIntegrationTest.Config.class)
@TestPropertySource(properties = {"plume.ags.worker-enabled=false", "plume.ags.request-timeout=PT1S",
        "plume.ags.connect-timeout=PT1S", "plume.ags.lease=PT2M",
        // Its own database directory: other modules' test runs on this machine use the shared one.
        "plume.db.embedded.data-dir=target/test-pg-ags"})
public @interface AgsIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return MovableClock.stopped();
        }
    }
}
