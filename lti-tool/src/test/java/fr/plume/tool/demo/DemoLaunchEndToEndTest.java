package fr.plume.tool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.plume.tool.demo.Browser.Form;
import fr.plume.tool.demo.Browser.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.GradeQueue;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.api.LaunchContext;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo buttons perform real LTI 1.3 launches: a browser (real HTTP, cookies, forms parsed
 * from the returned HTML) goes from the demo page through the platform's login initiation, the
 * tool's /lti/login, the platform's authentication endpoint and the signed id_token to the tool's
 * landing page, which the tool only shows after validating the launch like any Moodle launch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"demo", "test"})
@Import(DemoLaunchEndToEndTest.CompletedAttemptProbe.class)
class DemoLaunchEndToEndTest {

    static final int PORT = FreePort.find();
    static final String BASE = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("plume.public-url", () -> BASE);
        registry.add("plume.db.embedded.data-dir", () -> "target/demo-test-pg");
        registry.add("plume.db.embedded.clean-on-start", () -> "true");
    }

    private final Browser browser = new Browser();

    @Test
    void theStudentButtonLaunchesForRealAndLandsOnTheStudentPage() {
        Page landing = launchAs("201", "resource");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/app");
        assertThat(landing.body()).contains("data-landing=\"student\"").contains("data-roles=\"LEARNER\"");
    }

    @Test
    void aCompletedAttemptComesBackAsAGradeInTheDemoGradebook() {
        Page landing = launchAs("203", "resource");
        assertThat(landing.uri().getPath()).isEqualTo("/app");

        Page completed = browser.submit(new Form(java.net.URI.create(BASE + "/demo/platform/test-probe/complete"), "post",
                Map.of("score", "640"), ""));
        assertThat(completed.status()).isEqualTo(200);

        // The tool's outbox delivers through the platform's token, line item and score endpoints.
        String gradebook = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> browser.get(BASE + "/demo/gradebook").body(), page -> page.contains("640 / 1000"));
        assertThat(gradebook).contains("640 / 1000").contains("FullyGraded");
        assertThat(gradebook.replaceAll("(?s)^.*?<tbody>(.*?)</tbody>.*$", "$1"))
                .as("the score sits in Léa Nguyen's row").containsPattern("(?s)Léa Nguyen</th>\\s*<td>.*?640 / 1000");
    }

    @Test
    void theTeacherButtonLandsOnTheClassPage() {
        Page landing = launchAs("101", "resource");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.uri().getPath()).startsWith("/class/");
    }

    @Test
    void theAuthorButtonLandsOnAuthoring() {
        Page landing = launchAs("102", "resource");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/author");
    }

    @Test
    void theOfficerButtonLaunchesToAPageSayingTheyHaveNoRoleInTheCourse() {
        Page landing = launchAs("103", "resource");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/lti/no-role");
        assertThat(landing.body()).contains("data-landing=\"noRole\"");
    }

    @Test
    void deepLinkingPlacesTheChosenActivityInTheDemoCourse() {
        Page picker = launchAs("101", "deep-linking");
        assertThat(picker.uri().getPath()).isEqualTo("/lti/deep-link");
        Form choice = picker.form("name=\"token\"");
        String first = choice.firstValueOf("activity");

        Page returned = browser.submit(choice.with("activity", first));
        Page placed = browser.follow(browser.submit(returned.form("name=\"JWT\"")));

        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.uri().getPath()).isEqualTo("/demo/platform/deep-link-return");
        assertThat(placed.body()).contains("<li>");
        Page demo = browser.get(BASE + "/demo");
        assertThat(demo.body()).contains(placed.body().replaceAll("(?s).*<li>\\s*<span>([^<]*)</span>.*", "$1"));
    }

    @Test
    void anAuthenticationRequestCannotBeReplayed() {
        Page course = browser.get(BASE + "/demo");
        Page activity = browser.submit(course.form("value=\"201\"").with("type", "resource"));
        Page login = browser.get(activity.iframeSrc());
        Page toolLogin = browser.submit(login.form("name=\"lti_message_hint\""));
        String authorizationRequest = toolLogin.headers().get("location").get(0);
        browser.submit(browser.get(authorizationRequest).form("name=\"id_token\""));

        Page replay = browser.get(authorizationRequest);

        assertThat(replay.body()).contains("name=\"error\"").doesNotContain("name=\"id_token\"");
    }

    @Test
    void anUnregisteredRedirectUriIsNeverPostedTo() {
        Page page = browser.get(BASE + "/demo/platform/auth?scope=openid&response_type=id_token"
                + "&redirect_uri=https%3A%2F%2Fattacker.example%2Fcatch&client_id=x&login_hint=201&nonce=n&state=s");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("DEMO-AUTH-REDIRECT-URI").doesNotContain("attacker.example");
    }

    /** Clicks the person's button on the demo page and walks the whole launch. */
    private Page launchAs(String userId, String type) {
        Page course = browser.get(BASE + "/demo");
        assertThat(course.status()).isEqualTo(200);
        Page activity = browser.submit(course.form("value=\"" + userId + "\"").with("type", type));
        assertThat(activity.status()).isEqualTo(200);
        Page initiation = browser.get(activity.iframeSrc());
        Form login = initiation.form("name=\"lti_message_hint\"");
        assertThat(login.action().toString()).isEqualTo(BASE + "/lti/login");
        Page authorization = browser.follow(browser.submit(login));
        Form idToken = authorization.form("name=\"id_token\"");
        assertThat(idToken.action().toString()).isEqualTo(BASE + "/lti/launch");
        return browser.follow(browser.submit(idToken));
    }

    /**
     * Test-only stand-in for the assessment module finishing an attempt: in the student's own request
     * (their launch session), queues its grade in a transaction, as the module does.
     * Nested in this test class so that component scanning of other contexts never picks it up.
     */
    @RestController
    static class CompletedAttemptProbe {

        private final CurrentLaunch launch;
        private final GradeQueue grades;

        CompletedAttemptProbe(CurrentLaunch launch, GradeQueue grades) {
            this.launch = launch;
            this.grades = grades;
        }

        @PostMapping("/demo/platform/test-probe/complete")
        @Transactional
        String complete(@RequestParam double score) {
            LaunchContext context = launch.require();
            grades.queue(new GradeToQueue(UUID.randomUUID(), context.memberId(), context.userId(),
                    context.resourceLinkId(), context.contextId(), "DIAGNOSTIC", score,
                    fr.plume.tool.shared.domain.GradeScale.MAXIMUM, Instant.now()));
            return "ok";
        }
    }
}
