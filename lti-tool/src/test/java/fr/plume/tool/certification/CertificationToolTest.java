package fr.plume.tool.certification;

import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.RunningClockConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole tool for the certificate tests, one shared context: the issue worker is off (tests
 * drain the queue themselves) and the clock can be moved (expiry).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlumeIntegrationTest
@Import(RunningClockConfiguration.class)
@TestPropertySource(properties = {"plume.certification.issue-worker-enabled=false",
        "plume.certification.verifications-per-minute=30", "plume.certification.validity=P2Y"})
public @interface CertificationToolTest {
}
