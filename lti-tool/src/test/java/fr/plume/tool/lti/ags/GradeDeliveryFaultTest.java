package fr.plume.tool.lti.ags;

import fr.plume.tool.support.MovableClock;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.ags.application.DrainGradeOutbox;
import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.infra.JdbcGradeOutbox;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The platform fails in every way; every grade still arrives exactly once. */
@AgsIntegrationTest
class GradeDeliveryFaultTest {

    private static final String SCORES = "/lineitems/1/lineitem/scores";
    private static final Pattern USER = Pattern.compile("\"userId\":\"([^\"]+)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");

    @RegisterExtension
    static final WireMockExtension platform = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort()).build();

    @Autowired
    ApplicationContext context;
    @Autowired
    DrainGradeOutbox drain;
    @Autowired
    JdbcGradeOutbox outbox;
    @Autowired
    MovableClock clock;
    @Autowired
    TransactionTemplate transaction;

    AgsFixtures fx;
    UUID link;

    @BeforeEach
    void platform() {
        String base = "http://localhost:" + platform.getPort();
        fx = new AgsFixtures(context, base);
        platform.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":3600}")));
        link = fx.link("fault-link-" + UUID.randomUUID(), "diagnostic", URI.create(base + "/lineitems"),
                URI.create(base + "/lineitems/1/lineitem"), AgsFixtures.ALL_SCOPES, null);
    }

    private void drainAll() {
        AgsFixtures.drainUntilNothingDue(drain);
    }

    @Test
    void platformDownThenTimingOutForAnHourThenBackDeliversEveryScoreExactlyOnce() {
        List<GradeToQueue> grades = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            grades.add(fx.complete(fx.user("fault-" + i), link, 10 + i, clock.instant()));
        }
        // First half hour: 503. Second half hour: answers after the client's timeout.
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(503)));
        for (int minute = 0; minute < 60; minute += 5) {
            if (minute == 30) {
                platform.resetMappings();
                platform.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":3600}")));
                platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)
                        .withFixedDelay(2_000)));
            }
            drainAll();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(grades).allSatisfy(g -> assertThat(fx.status(g.attemptId())).isEqualTo("PENDING"));

        platform.resetMappings();
        platform.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":3600}")));
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)));
        clock.advance(Duration.ofHours(1));
        drainAll();

        assertThat(grades).allSatisfy(g -> assertThat(fx.status(g.attemptId())).isEqualTo("DELIVERED"));
        assertExactlyOneSuccessPerUserWithOneTimestamp(grades.size());
    }

    @Test
    void connectionResetAfterThePlatformStoredTheScoreGivesNoDuplicateAndNoLoss() {
        platform.stubFor(post(urlPathEqualTo(SCORES)).inScenario("reset").whenScenarioStateIs("Started")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("stored"));
        // The platform kept the score; the same score again is refused as not newer (Moodle's 409).
        platform.stubFor(post(urlPathEqualTo(SCORES)).inScenario("reset").whenScenarioStateIs("stored")
                .willReturn(aResponse().withStatus(409)));
        GradeToQueue grade = fx.complete(fx.user("reset-1"), link, 42, clock.instant());

        drainAll();
        assertThat(fx.status(grade.attemptId())).isEqualTo("PENDING");
        clock.advance(Duration.ofMinutes(2));
        drainAll();

        assertThat(fx.status(grade.attemptId())).isEqualTo("SUPERSEDED");
        List<String> bodies = platform.findAll(postRequestedFor(urlPathEqualTo(SCORES))).stream()
                .map(r -> r.getBodyAsString()).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
    }

    @Test
    void aNodeKilledMidDeliveryLeavesItsGradesToOthersWhenTheLeaseEnds() {
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)));
        GradeToQueue grade = fx.complete(fx.user("killed-1"), link, 42, clock.instant());
        // A node claims the grade, then dies before recording anything.
        List<ClaimedGrade> claimedByDeadNode = transaction.execute(s -> outbox.claim(clock.instant(),
                Duration.ofMinutes(2), 1000));
        ClaimedGrade mine = claimedByDeadNode.stream().filter(c -> c.attemptId().equals(grade.attemptId()))
                .findFirst().orElseThrow();

        drainAll();
        platform.verify(0, postRequestedFor(urlPathEqualTo(SCORES)));

        clock.advance(Duration.ofMinutes(3));
        drainAll();
        assertThat(fx.status(grade.attemptId())).isEqualTo("DELIVERED");
        platform.verify(1, postRequestedFor(urlPathEqualTo(SCORES)));
        // The dead node, should it come back, can no longer overwrite the outcome.
        assertThat(outbox.dead(mine, 0, "late", clock.instant())).isFalse();
        assertThat(fx.status(grade.attemptId())).isEqualTo("DELIVERED");
    }

    private void assertExactlyOneSuccessPerUserWithOneTimestamp(int users) {
        Map<String, Integer> successes = new HashMap<>();
        Map<String, Set<String>> timestamps = new HashMap<>();
        for (ServeEvent event : platform.getAllServeEvents()) {
            if (!event.getRequest().getUrl().startsWith(SCORES)) {
                continue;
            }
            String body = event.getRequest().getBodyAsString();
            String user = find(USER, body);
            timestamps.computeIfAbsent(user, u -> new java.util.HashSet<>()).add(find(TIMESTAMP, body));
            if (event.getResponse().getStatus() == 200 && event.getResponse().getFault() == null
                    && event.getTiming() != null && !timedOut(event)) {
                successes.merge(user, 1, Integer::sum);
            }
        }
        assertThat(successes).hasSize(users);
        assertThat(successes.values()).allMatch(n -> n == 1);
        assertThat(timestamps.values()).allMatch(set -> set.size() == 1);
    }

    /** WireMock logs delayed answers as 200 even when the client gave up: those never reached us. */
    private static boolean timedOut(ServeEvent event) {
        return event.getTiming().getAddedDelay() != null && event.getTiming().getAddedDelay() >= 1_000;
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : "?";
    }
}
