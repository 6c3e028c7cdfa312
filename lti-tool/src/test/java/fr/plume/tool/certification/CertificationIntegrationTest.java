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
 * The whole tool with invigilation on and an eligibility rule (one competency at level 1 or more,
 * estimated within 12 months), a running clock the test can move, and the gradebook worker off
 * (tests drain the outbox themselves). One configuration, so every certification test class
 * shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlumeIntegrationTest
@Import({RunningClockConfiguration.class, CertificationFixtures.Config.class})
@TestPropertySource(properties = {"plume.certification.invigilation-required=true",
        "plume.certification.eligible-competencies=1", "plume.certification.eligible-level=1",
        "plume.certification.eligible-months=12", "plume.ags.worker-enabled=false"})
public @interface CertificationIntegrationTest {
}
