package fr.plume.tool.lti.ags.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.ags.AgsFixtures;
import fr.plume.tool.lti.ags.domain.AgsEndpoints.AgsLink;
import fr.plume.tool.lti.ags.domain.AgsSettings;
import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.domain.DeliveryOutcome;
import fr.plume.tool.lti.ags.domain.GradeOutbox.GradeRow;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.ags.infra.AgsAdapters;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.infra.LtiAdapters;
import fr.plume.tool.lti.infra.PlatformServiceClient;
import fr.plume.tool.lti.support.InMemoryAgsEndpoints;
import fr.plume.tool.lti.support.InMemoryGradeOutbox;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.lti.support.RsaToolSigner;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.NoTransactions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox worker over an in-memory outbox, delivering real score POSTs (with a token fetched
 * by a client assertion the tool signs) to a platform played by WireMock, and recording each outcome.
 */
class DrainGradeOutboxTest {

    private static final String SCORES = "/lineitems/7/lineitem/scores";
    private static final AgsSettings SETTINGS = new AgsSettings(true, null, 50, 4, Duration.ofMinutes(2), null,
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24), Duration.ofSeconds(30));
    @RegisterExtension
    static final WireMockExtension platform = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort()).build();
    private static final RsaToolSigner signer = new RsaToolSigner();

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final InMemoryAgsEndpoints endpoints = new InMemoryAgsEndpoints();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final GradeMetrics metrics = new GradeMetrics(new SimpleMeterRegistry(), outbox, clock);
    private final UUID memberId = UUID.randomUUID();
    private RegistrationView registration;
    private DrainGradeOutbox drain;
    private OutboxPolling polling;

    @BeforeEach
    void platform() {
        platform.stubFor(post("/token").willReturn(okJson(
                "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)));
        registration = registrations.registerActive(new NewRegistration(memberId, "Moodle", "https://moodle.example",
                "client-1", URI.create(platform.baseUrl() + "/auth"), URI.create(platform.baseUrl() + "/token"),
                URI.create(platform.baseUrl() + "/jwks"), List.of("1")));
        drain = drain(SETTINGS);
    }

    private DrainGradeOutbox drain(AgsSettings settings) {
        PlatformServiceClient client = LtiAdapters.platformServiceClient(signer, clock, settings);
        polling = new OutboxPolling(settings, clock);
        return new DrainGradeOutbox(outbox, endpoints, registrations, AgsAdapters.scoreSender(client, endpoints),
                metrics, settings, clock, NoTransactions.template(), polling);
    }

    @AfterEach
    void stopWorkers() {
        drain.stop();
    }

    /** A link launched with a line item, and a grade of {@code subject} on it, queued now. */
    private GradeToQueue queued(String subject, double score) {
        UUID link = UUID.randomUUID();
        endpoints.announce(new AgsLink(link, memberId, registration.id(), platform.baseUrl() + "/lineitems",
                platform.baseUrl() + "/lineitems/7/lineitem", AgsFixtures.ALL_SCOPES, null));
        return queuedOn(link, subject, score);
    }

    private GradeToQueue queuedOn(UUID link, String subject, double score) {
        UUID user = UUID.randomUUID();
        outbox.user(user, subject);
        GradeToQueue grade = new GradeToQueue(UUID.randomUUID(), memberId, user, link, UUID.randomUUID(), "DIAGNOSTIC",
                score, 100, Instant.parse("2026-03-01T10:15:30.456Z"));
        assertThat(outbox.enqueue(grade, clock.instant())).isTrue();
        return grade;
    }

    private GradeRow row(GradeToQueue grade) {
        return outbox.byAttempt(grade.attemptId()).orElseThrow();
    }

    @Test
    void deliversADueScoreWithATokenFetchedByTheToolsSignedAssertion() throws Exception {
        GradeToQueue grade = queued("student-1", 72.5);

        assertThat(drain.drainOnce()).isEqualTo(1);

        assertThat(row(grade).status()).isEqualTo("DELIVERED");
        assertThat(row(grade).lastStatus()).isEqualTo(200);
        assertThat(metrics.count("delivered")).isEqualTo(1);
        platform.verify(postRequestedFor(urlPathEqualTo(SCORES))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withHeader("Content-Type", equalTo("application/vnd.ims.lis.v1.score+json"))
                .withRequestBody(matchingJsonPath("$.userId", equalTo("student-1")))
                .withRequestBody(matchingJsonPath("$.scoreGiven", equalTo("72.5")))
                .withRequestBody(matchingJsonPath("$.scoreMaximum", equalTo("100.0")))
                .withRequestBody(matchingJsonPath("$.timestamp", equalTo("2026-03-01T10:15:30Z"))));
        String tokenRequest = platform.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0).getBodyAsString();
        String assertion = URLDecoder.decode(tokenRequest.replaceAll(".*client_assertion=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);
        JWTClaimsSet claims = signer.verified(assertion);
        assertThat(claims.getIssuer()).isEqualTo("client-1");
        assertThat(claims.getAudience()).containsExactly(platform.baseUrl() + "/token");
        assertThat(drain.drainOnce()).as("nothing left to claim").isZero();
    }

    @Test
    void aBatchIsDeliveredInParallelWithOneToken() {
        List<GradeToQueue> grades = List.of(queued("s-1", 10), queued("s-2", 20), queued("s-3", 30), queued("s-4", 40),
                queued("s-5", 50));

        assertThat(drain.drainOnce()).isEqualTo(5);

        assertThat(grades).allSatisfy(g -> assertThat(row(g).status()).isEqualTo("DELIVERED"));
        assertThat(metrics.count("delivered")).isEqualTo(5);
        platform.verify(5, postRequestedFor(urlPathEqualTo(SCORES)));
        platform.verify(1, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void aScoreThePlatformAlreadyHoldsIsSupersededNotFailed() {
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(409)));
        GradeToQueue grade = queued("student-1", 50);

        drain.drainOnce();

        assertThat(row(grade).status()).isEqualTo("SUPERSEDED");
        assertThat(metrics.count("superseded")).isEqualTo(1);
    }

    @Test
    void anOutageIsRetriedAfterABackoffThenDelivered() {
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(503).withBody("maintenance")));
        GradeToQueue grade = queued("student-1", 50);
        Instant first = clock.instant();

        drain.drainOnce();

        GradeRow waiting = row(grade);
        assertThat(waiting.status()).isEqualTo("PENDING");
        assertThat(waiting.lastStatus()).isEqualTo(503);
        assertThat(waiting.lastError()).isEqualTo("HTTP 503: maintenance");
        assertThat(waiting.nextAttemptAt()).isBetween(first.plusSeconds(15), first.plusSeconds(30));
        assertThat(metrics.count("retried")).isEqualTo(1);
        assertThat(drain.drainOnce()).as("not due yet").isZero();

        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(drain.drainOnce()).isEqualTo(1);
        assertThat(row(grade).status()).isEqualTo("DELIVERED");
        assertThat(row(grade).attempts()).isEqualTo(2);
    }

    @Test
    void aScoreThePlatformRefusesIsADeadLetterWithItsReason() {
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(400)
                .withBody("User is not gradable")));
        GradeToQueue grade = queued("teacher-1", 50);

        drain.drainOnce();

        assertThat(row(grade).status()).isEqualTo("DEAD");
        assertThat(row(grade).lastError()).isEqualTo("HTTP 400: User is not gradable");
        assertThat(metrics.count("dead")).isEqualTo(1);
    }

    @Test
    void afterTwentyFourHoursOfOutageTheGradeGoesToTheDeadLetters() {
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(503)));
        GradeToQueue grade = queued("student-1", 50);
        Instant queuedAt = clock.instant();

        for (int hour = 0; hour < 30 && row(grade).status().equals("PENDING"); hour++) {
            drain.drainOnce();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(row(grade).status()).isEqualTo("DEAD");
        assertThat(row(grade).lastError()).isEqualTo("gave up after 24 h; last: HTTP 503");
        assertThat(row(grade).updatedAt()).isAfterOrEqualTo(queuedAt.plus(Duration.ofHours(24)));
    }

    @Test
    void aGradeWithoutAgsEndpointOrOfAnotherMembersRegistrationIsADeadLetterWithoutAnyCall() {
        GradeToQueue noAgs = queuedOn(UUID.randomUUID(), "student-1", 50);
        UUID foreignLink = UUID.randomUUID();
        RegistrationView foreign = registrations.registerActive(new NewRegistration(UUID.randomUUID(), "Other",
                "https://other.example", "client-x", URI.create(platform.baseUrl() + "/auth"),
                URI.create(platform.baseUrl() + "/token"), URI.create(platform.baseUrl() + "/jwks"), List.of()));
        endpoints.announce(new AgsLink(foreignLink, memberId, foreign.id(), null,
                platform.baseUrl() + "/lineitems/7/lineitem", AgsFixtures.ALL_SCOPES, null));
        GradeToQueue foreignGrade = queuedOn(foreignLink, "student-2", 50);

        assertThat(drain.drainOnce()).isEqualTo(2);

        assertThat(row(noAgs).status()).isEqualTo("DEAD");
        assertThat(row(noAgs).lastError()).startsWith("AGS-NOT-AVAILABLE");
        assertThat(row(foreignGrade).status()).isEqualTo("DEAD");
        assertThat(row(foreignGrade).lastError()).startsWith("AGS-PLATFORM-UNKNOWN");
        assertThat(platform.getAllServeEvents()).isEmpty();
    }

    @Test
    void aWorkerThatLostItsLeaseRecordsNothing() {
        GradeToQueue grade = queued("student-1", 50);
        ClaimedGrade stale = outbox.claim(clock.instant(), SETTINGS.lease(), 10).get(0);
        clock.advance(SETTINGS.lease().plusSeconds(1));

        assertThat(drain.drainOnce()).as("another node claims it once the lease is over").isEqualTo(1);
        drain.record(stale, DeliveryOutcome.dead(400, "late answer"));

        assertThat(row(grade).status()).isEqualTo("DELIVERED");
        assertThat(metrics.count("dead")).isZero();
        assertThat(metrics.count("delivered")).isEqualTo(1);
    }

    /**
     * Every node polls the outbox on its own: while it stays empty, each node reads it less and less
     * often (after 2 s, 4 s, 8 s, 16 s, then every 30 s; IdlePollingTest), so 20 idle nodes stay
     * cheap for PostgreSQL; a grade another node queued is read within the longest wait.
     */
    @Test
    void anIdleNodeReadsTheOutboxLessOftenButWithinTheLongestWait() {
        for (int seconds : new int[] {2, 4, 8, 16}) {
            drain.scheduled();
            clock.advance(Duration.ofSeconds(seconds));
        }
        drain.scheduled();
        GradeToQueue elsewhere = queued("student-elsewhere", 40);

        for (int tick = 1; tick < 30; tick++) {
            clock.advance(Duration.ofSeconds(1));
            drain.scheduled();
            assertThat(row(elsewhere).status()).as("tick %d s after the last empty read", tick).isEqualTo("PENDING");
        }
        clock.advance(Duration.ofSeconds(1));
        drain.scheduled();

        assertThat(row(elsewhere).status()).isEqualTo("DELIVERED");
    }

    @Test
    void aGradeQueuedOnThisNodeAfterALongIdleSpellIsDeliveredAtTheNextTick() {
        for (int i = 0; i < 10; i++) {
            drain.scheduled();
            clock.advance(Duration.ofSeconds(30));
        }
        drain.scheduled();
        QueueGrade queue = new QueueGrade(outbox, endpoints, metrics, clock, polling);
        UUID link = UUID.randomUUID();
        endpoints.announce(new AgsLink(link, memberId, registration.id(), platform.baseUrl() + "/lineitems",
                platform.baseUrl() + "/lineitems/7/lineitem", AgsFixtures.ALL_SCOPES, null));
        UUID user = UUID.randomUUID();
        outbox.user(user, "student-here");
        GradeToQueue grade = new GradeToQueue(UUID.randomUUID(), memberId, user, link, UUID.randomUUID(), "DIAGNOSTIC",
                75, 100, clock.instant());

        queue.queue(grade);
        drain.scheduled();

        assertThat(row(grade).status()).isEqualTo("DELIVERED");
    }

    @Test
    void aNodeWhoseWorkerIsDisabledClaimsNothing() {
        GradeToQueue grade = queued("student-1", 50);
        DrainGradeOutbox disabled = drain(new AgsSettings(false, null, null, 1, null, null, null, null, null, null, null));
        try {
            disabled.scheduled();
        } finally {
            disabled.stop();
        }

        assertThat(row(grade).status()).isEqualTo("PENDING");
        assertThat(row(grade).attempts()).isZero();

        drain.scheduled();
        assertThat(row(grade).status()).isEqualTo("DELIVERED");
    }
}
