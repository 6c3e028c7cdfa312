package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.StoppedClockConfiguration;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Fault of issue 18: one platform's JWKS becomes unreachable (its server stops answering). The
 * keys the tool already holds keep verifying that platform's launches until the cache lifetime
 * ends (plume.lti.jwks-cache-lifetime, 15 min by default); after that its launches get the
 * "keys unavailable" page with its reason code, never a stack trace; another platform's launches
 * are not affected.
 */
@PlumeIntegrationTest
@Import(StoppedClockConfiguration.class)
class JwksUnreachableTest {

    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    MovableClock clock;

    private TestPlatform failing;
    private TestPlatform healthy;

    @BeforeEach
    void platforms() {
        clock.reset();
        failing = TestPlatform.registeredFor(registrations, members, "jwks-down-univ");
        healthy = TestPlatform.registeredFor(registrations, members, "jwks-up-univ");
    }

    @AfterEach
    void close() {
        failing.close();
        healthy.close();
        clock.reset();
    }

    @Test
    void cachedKeysVerifyLaunchesUntilTheyExpireThenTheLaunchGetsTheKeysUnavailablePage() {
        assertThat(launch(failing).statusCode()).as("first launch: JWKS fetched").isEqualTo(302);
        failing.server().stop();

        clock.advance(Duration.ofMinutes(14));
        assertThat(launch(failing).statusCode()).as("within the cache lifetime").isEqualTo(302);

        clock.advance(Duration.ofMinutes(2));
        HttpResponse<String> refused = launch(failing);
        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(refused.body()).contains("LTI-JWKS-UNAVAILABLE").contains("Clés de Moodle indisponibles")
                .contains("<main").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anotherPlatformStillLaunchesWhileOnePlatformsJwksIsUnreachable() {
        failing.server().stop();

        assertThat(launch(failing).statusCode()).isEqualTo(502);
        assertThat(launch(healthy).statusCode()).isEqualTo(302);
    }

    /** A learner's complete launch from {@code platform}, its id_token issued at the tool's current time. */
    private HttpResponse<String> launch(TestPlatform platform) {
        LaunchFlow flow = new LaunchFlow(new Http(port), platform);
        LaunchFlow.Login login = flow.login();
        Map<String, Object> claims = platform.resourceLinkClaims("jwks-learner", login.nonce(), List.of(LEARNER),
                Map.of("id", "jwks-course", "title", "Cours"), Map.of("id", "jwks-link"), Map.of(),
                LaunchFlow.TOOL_LAUNCH_URL, clock.instant());
        return flow.launch(platform.idToken(claims), login.state(), login.cookieHeader());
    }
}
