package fr.plume.tool.lti.ags;

import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.MovableClock;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.lti.api.GradeQueue;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.ags.application.DrainGradeOutbox;
import fr.plume.tool.lti.ags.application.GradeMetrics;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.ags.domain.GradeOutbox;
import fr.plume.tool.lti.ags.infra.JdbcGradeOutbox;
import fr.plume.tool.lti.application.ToolKeys;
import fr.plume.tool.support.BrowserSession;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AgsIntegrationTest
class GradeOutboxTest {

    @RegisterExtension
    static final WireMockExtension platform = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort()).build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DrainGradeOutbox drain;
    @Autowired
    JdbcGradeOutbox outbox;
    @Autowired
    GradeMetrics metrics;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ToolKeys toolKeys;

    AgsFixtures fx;
    String base;

    @BeforeEach
    void platform() {
        base = "http://localhost:" + platform.getPort();
        fx = new AgsFixtures(context, base);
        platform.stubFor(post("/token").willReturn(okJson(
                "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        platform.stubFor(post(urlPathEqualTo("/lineitems/7/lineitem/scores")).willReturn(aResponse().withStatus(200)));
    }

    private UUID linkWithLineItem(String id) {
        return fx.link(id, "diagnostic", URI.create(base + "/lineitems"), URI.create(base + "/lineitems/7/lineitem"),
                AgsFixtures.ALL_SCOPES, null);
    }

    private void drainAll() {
        AgsFixtures.drainUntilNothingDue(drain);
    }
    @Test
    void queuesTheGradeInTheCompletingTransactionOnlyOnce() {
        UUID user = fx.user("student-1");
        UUID link = linkWithLineItem("link-1");
        GradeToQueue event = fx.complete(user, link, 72, clock.instant());
        fx.publish(event);
        assertThat(jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE attempt_id = ?").param(event.attemptId())
                .query(Long.class).single()).isEqualTo(1);

        GradeToQueue rolledBack = new GradeToQueue(UUID.randomUUID(), fx.memberId, user, link, fx.contextId,
                "DIAGNOSTIC", 50, 100, clock.instant());
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            context.getBean(GradeQueue.class).queue(rolledBack);
            throw new IllegalStateException("attempt completion failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(fx.status(rolledBack.attemptId())).isNull();
    }

    @Test
    void linkWithoutAgsQueuesNothing() {
        UUID user = fx.user("student-x");
        UUID link = fx.link("no-ags", "diagnostic", null, null, List.of(), null);
        GradeToQueue event = fx.complete(user, link, 10, clock.instant());
        assertThat(fx.status(event.attemptId())).isNull();
    }

    @Test
    void postsTheScoreWithTheLaunchLineItemAndReusesTheToken() throws Exception {
        UUID link = linkWithLineItem("link-2");
        double deliveredBefore = metrics.count("delivered");
        Instant completed = Instant.parse("2026-03-01T10:15:30.456Z");
        GradeToQueue a = fx.complete(fx.user("s-a"), link, 72.5, completed);
        GradeToQueue b = fx.complete(fx.user("s-b"), link, 40, completed);

        drainAll();

        assertThat(fx.status(a.attemptId())).isEqualTo("DELIVERED");
        assertThat(fx.status(b.attemptId())).isEqualTo("DELIVERED");
        assertThat(metrics.count("delivered") - deliveredBefore).isEqualTo(2);
        platform.verify(1, postRequestedFor(urlPathEqualTo("/token")));
        platform.verify(postRequestedFor(urlPathEqualTo("/lineitems/7/lineitem/scores"))
                .withHeader("Content-Type", equalTo("application/vnd.ims.lis.v1.score+json"))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withRequestBody(matchingJsonPath("$.userId", equalTo("s-a")))
                .withRequestBody(matchingJsonPath("$.scoreGiven", equalTo("72.5")))
                .withRequestBody(matchingJsonPath("$.scoreMaximum", equalTo("100.0")))
                .withRequestBody(matchingJsonPath("$.activityProgress", equalTo("Completed")))
                .withRequestBody(matchingJsonPath("$.gradingProgress", equalTo("FullyGraded")))
                .withRequestBody(matchingJsonPath("$.timestamp", equalTo("2026-03-01T10:15:30Z"))));

        // The client assertion (Security Framework §4.1): iss = sub = client_id, aud = token endpoint.
        LoggedRequest tokenRequest = platform.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0);
        Map<String, String> form = form(tokenRequest.getBodyAsString());
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(form.get("scope").split(" ")).containsExactlyInAnyOrderElementsOf(AgsFixtures.ALL_SCOPES);
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(toolKeys.currentKey().getKeyID());
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(fx.registration.clientId());
        assertThat(assertion.getJWTClaimsSet().getSubject()).isEqualTo(fx.registration.clientId());
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(base + "/token");
        assertThat(assertion.getJWTClaimsSet().getJWTID()).isNotBlank();
        assertThat(assertion.getJWTClaimsSet().getIssueTime().toInstant()).isBefore(clock.instant());
        assertThat(assertion.getJWTClaimsSet().getExpirationTime().toInstant()).isAfter(clock.instant());
        assertThat(assertion.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(toolKeys.currentKey().toPublicJWK())))
                .isTrue();

        // Near expiry the token is renewed, with a new jti.
        clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        fx.complete(fx.user("s-c"), link, 1, clock.instant());
        drainAll();
        platform.verify(2, postRequestedFor(urlPathEqualTo("/token")));
        List<LoggedRequest> tokens = platform.findAll(postRequestedFor(urlPathEqualTo("/token")));
        assertThat(SignedJWT.parse(form(tokens.get(1).getBodyAsString()).get("client_assertion")).getJWTClaimsSet()
                .getJWTID()).isNotEqualTo(assertion.getJWTClaimsSet().getJWTID());
    }

    @Test
    void refreshesTheTokenOnceOn401() {
        UUID link = linkWithLineItem("link-401");
        platform.stubFor(post(urlPathEqualTo("/lineitems/7/lineitem/scores"))
                .withHeader("Authorization", equalTo("Bearer token-1")).atPriority(1)
                .willReturn(aResponse().withStatus(401)));
        platform.stubFor(post("/token").inScenario("rotation").whenScenarioStateIs("Started")
                .willReturn(okJson("{\"access_token\":\"token-1\",\"expires_in\":3600}")).willSetStateTo("second"));
        platform.stubFor(post("/token").inScenario("rotation").whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"token-2\",\"expires_in\":3600}")));
        GradeToQueue a = fx.complete(fx.user("s-401"), link, 5, clock.instant());

        drainAll();

        assertThat(fx.status(a.attemptId())).isEqualTo("DELIVERED");
        platform.verify(2, postRequestedFor(urlPathEqualTo("/token")));
        platform.verify(1, postRequestedFor(urlPathEqualTo("/lineitems/7/lineitem/scores"))
                .withHeader("Authorization", equalTo("Bearer token-2")));
    }

    @Test
    void findsTheLineItemAcrossMoodlePagesThenRemembersIt() {
        String lineitems = base + "/mod/lti/services.php/2/lineitems?type_id=1";
        platform.stubFor(get(urlPathEqualTo("/mod/lti/services.php/2/lineitems")).withQueryParam("from", equalTo("10"))
                .willReturn(okJson("[{\"id\":\"" + base + "/items/42/lineitem?type_id=1\",\"resourceLinkId\":\"link-p\","
                        + "\"resourceId\":\"diagnostic\",\"scoreMaximum\":100,\"label\":\"Diagnostic\"}]")));
        platform.stubFor(get(urlPathEqualTo("/mod/lti/services.php/2/lineitems")).atPriority(10)
                .willReturn(okJson("[{\"id\":\"" + base + "/items/41/lineitem?type_id=1\",\"resourceLinkId\":\"other\","
                        + "\"resourceId\":\"diagnostic\",\"scoreMaximum\":100,\"label\":\"Other\"}]")
                        // Moodle: typographic quotes and &amp; in the URL.
                        .withHeader("Link", "<" + base + "/mod/lti/services.php/2/lineitems?type_id=1&amp;limit=10"
                                + "&amp;from=0>; rel=" + moodleQuoted("first") + ", <" + base + "/mod/lti/services.php/2/lineitems"
                                + "?type_id=1&amp;limit=10&amp;from=10>; rel=" + moodleQuoted("next") + "")));
        platform.stubFor(post(urlPathEqualTo("/items/42/lineitem/scores")).willReturn(aResponse().withStatus(200)));
        UUID link = fx.link("link-p", "diagnostic", URI.create(lineitems), null, AgsFixtures.ALL_SCOPES, null);

        GradeToQueue a = fx.complete(fx.user("s-p1"), link, 50, clock.instant());
        GradeToQueue b = fx.complete(fx.user("s-p2"), link, 60, clock.instant());
        drainAll();

        assertThat(fx.status(a.attemptId())).isEqualTo("DELIVERED");
        assertThat(fx.status(b.attemptId())).isEqualTo("DELIVERED");
        platform.verify(2, postRequestedFor(urlPathEqualTo("/items/42/lineitem/scores"))
                .withQueryParam("type_id", equalTo("1")));
        assertThat(platform.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/mod/lti/services.php/2/lineitems")).withQueryParam("resource_link_id",
                equalTo("link-p")))).isNotEmpty();
        // Remembered: the next grade goes straight to the line item.
        int lookups = platform.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/mod/lti/services.php/2/lineitems"))).size();
        fx.complete(fx.user("s-p3"), link, 70, clock.instant());
        drainAll();
        assertThat(platform.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/mod/lti/services.php/2/lineitems")))).hasSize(lookups);
    }

    @Test
    void createsTheLineItemWhenMissingAndAllowed() {
        platform.stubFor(get(urlPathEqualTo("/c/lineitems")).willReturn(okJson("[]")));
        platform.stubFor(post(urlPathEqualTo("/c/lineitems")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\":\"" + base + "/c/lineitems/9/lineitem\",\"scoreMaximum\":100}")));
        platform.stubFor(post(urlPathEqualTo("/c/lineitems/9/lineitem/scores")).willReturn(aResponse().withStatus(204)));
        UUID link = fx.link("link-c", "diagnostic", URI.create(base + "/c/lineitems"), null, AgsFixtures.ALL_SCOPES,
                null);

        GradeToQueue a = fx.complete(fx.user("s-c1"), link, 80, clock.instant());
        drainAll();

        assertThat(fx.status(a.attemptId())).isEqualTo("DELIVERED");
        platform.verify(postRequestedFor(urlPathEqualTo("/c/lineitems"))
                .withHeader("Content-Type", equalTo("application/vnd.ims.lis.v2.lineitem+json"))
                .withRequestBody(matchingJsonPath("$.resourceLinkId", equalTo("link-c")))
                .withRequestBody(matchingJsonPath("$.resourceId", equalTo("diagnostic")))
                .withRequestBody(matchingJsonPath("$.scoreMaximum", equalTo("100.0"))));
    }

    @Test
    void withoutLineItemScopeAMissingLineItemIsADeadLetter() {
        platform.stubFor(get(urlPathEqualTo("/r/lineitems")).willReturn(okJson("[]")));
        UUID link = fx.link("link-r", "diagnostic", URI.create(base + "/r/lineitems"), null,
                List.of(AgsScopes.SCORE, AgsScopes.LINEITEM_READONLY), null);
        GradeToQueue a = fx.complete(fx.user("s-r"), link, 80, clock.instant());
        drainAll();
        assertThat(fx.status(a.attemptId())).isEqualTo("DEAD");
        assertThat(outbox.byAttempt(a.attemptId()).orElseThrow().lastError()).contains("AGS-LINEITEM-SCOPE");
        platform.verify(0, postRequestedFor(urlPathEqualTo("/r/lineitems")));
    }

    @Test
    void conflictMeansSupersededNotAnError() {
        platform.stubFor(post(urlPathEqualTo("/lineitems/7/lineitem/scores")).atPriority(1)
                .willReturn(aResponse().withStatus(409).withBody("Refusing score with an earlier timestamp")));
        GradeToQueue a = fx.complete(fx.user("s-409"), linkWithLineItem("link-409"), 5, clock.instant());
        drainAll();
        assertThat(fx.status(a.attemptId())).isEqualTo("SUPERSEDED");
        assertThat(outbox.failures(fx.memberId, 10)).isEmpty();
    }

    @Test
    void timestampsStrictlyIncreasePerUserAndLineItem() {
        UUID user = fx.user("s-twice");
        UUID link = linkWithLineItem("link-twice");
        Instant same = Instant.parse("2026-03-02T08:00:00.100Z");
        GradeToQueue first = fx.complete(user, link, 10, same);
        GradeToQueue second = fx.complete(user, link, 20, same.plusMillis(300));
        assertThat(outbox.byAttempt(second.attemptId()).orElseThrow().scoreTimestamp())
                .isEqualTo(outbox.byAttempt(first.attemptId()).orElseThrow().scoreTimestamp().plusSeconds(1));
    }

    @Test
    void nonGradableUserGoesToTheDeadLettersWhereAnAdministratorRetriesOrDiscards() {
        platform.stubFor(post(urlPathEqualTo("/lineitems/7/lineitem/scores"))
                .withRequestBody(containing("teacher-1")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withBody("Incorrect score received: user teacher-1 is not gradable")));
        UUID link = linkWithLineItem("link-400");
        GradeToQueue teacher = fx.complete(fx.user("teacher-1"), link, 5, clock.instant());
        GradeToQueue other = fx.complete(fx.user("teacher-1b"), link, 5, clock.instant());
        platform.stubFor(post(urlPathEqualTo("/lineitems/7/lineitem/scores"))
                .withRequestBody(containing("teacher-1b")).atPriority(0)
                .willReturn(aResponse().withStatus(400).withBody("Incorrect score received")));
        drainAll();

        GradeOutbox.GradeRow dead = outbox.byAttempt(teacher.attemptId()).orElseThrow();
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.lastStatus()).isEqualTo(400);
        assertThat(dead.lastError()).contains("not gradable");

        BrowserSession admin = new BrowserSession(port);
        admin.signIn(ADMIN, PASSWORD);
        String page = admin.get("/admin/grades?member=" + fx.memberId).body();
        assertThat(page).contains(teacher.attemptId().toString()).contains("not gradable");
        // Another member's page does not show it.
        AgsFixtures otherMember = new AgsFixtures(context, base);
        assertThat(admin.get("/admin/grades?member=" + otherMember.memberId).body())
                .doesNotContain(teacher.attemptId().toString());

        // Without a CSRF token the form is refused.
        assertThat(admin.postForm("/admin/grades/" + fx.memberId + "/" + dead.id() + "/retry", Map.of()).statusCode())
                .isEqualTo(403);
        // Through another member's path nothing changes.
        String csrf = BrowserSession.csrfToken(page);
        admin.postForm("/admin/grades/" + otherMember.memberId + "/" + dead.id() + "/retry", Map.of("_csrf", csrf));
        assertThat(fx.status(teacher.attemptId())).isEqualTo("DEAD");

        platform.stubFor(post(urlPathEqualTo("/lineitems/7/lineitem/scores"))
                .withRequestBody(containing("teacher-1")).atPriority(1).willReturn(aResponse().withStatus(200)));
        assertThat(admin.postForm("/admin/grades/" + fx.memberId + "/" + dead.id() + "/retry", Map.of("_csrf", csrf))
                .statusCode()).isEqualTo(302);
        assertThat(fx.status(teacher.attemptId())).isEqualTo("PENDING");
        drainAll();
        assertThat(fx.status(teacher.attemptId())).isEqualTo("DELIVERED");

        UUID otherId = outbox.byAttempt(other.attemptId()).orElseThrow().id();
        assertThat(fx.status(other.attemptId())).isEqualTo("DEAD");
        admin.postForm("/admin/grades/" + fx.memberId + "/" + otherId + "/discard", Map.of("_csrf", csrf));
        assertThat(fx.status(other.attemptId())).isEqualTo("DISCARDED");

        assertThat(jdbc.sql("SELECT action || ':' || actor FROM lti_grade_audit WHERE member_id = ? ORDER BY at")
                .param(fx.memberId).query(String.class).list())
                .containsExactlyInAnyOrder("RETRY:" + ADMIN, "DISCARD:" + ADMIN);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM lti_grade_audit WHERE member_id = ?").param(fx.memberId)
                .update()).hasMessageContaining("append-only");
    }

    @Test
    void givesUpAfter24HoursOfFailures() {
        platform.stubFor(post(urlPathEqualTo("/lineitems/7/lineitem/scores")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        // A sub-microsecond remainder that rounds up in PostgreSQL: it once made the last retry loop forever.
        clock.advance(Duration.ofNanos(999 - clock.instant().getNano() % 1000));
        GradeToQueue a = fx.complete(fx.user("s-24h"), linkWithLineItem("link-24h"), 5, clock.instant());
        double deadBefore = metrics.count("dead");
        for (int i = 0; i < 40 && "PENDING".equals(fx.status(a.attemptId())); i++) {
            drainAll();
            clock.advance(Duration.ofHours(1));
        }
        GradeOutbox.GradeRow row = outbox.byAttempt(a.attemptId()).orElseThrow();
        assertThat(row.status()).isEqualTo("DEAD");
        assertThat(row.lastError()).contains("gave up after 24 h").contains("503");
        assertThat(row.attempts()).isBetween(20, 30);
        assertThat(metrics.count("dead") - deadBefore).isEqualTo(1);
    }

    private static final String ADMIN = "grades-admin";
    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    fr.plume.tool.identity.infra.JdbcToolAccounts accounts;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @BeforeEach
    void administrator() {
        ConsortiumAdmins.ensure(accounts, encoder, ADMIN, PASSWORD);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    /** Moodle's “rel” as it arrives on the wire: UTF-8 bytes of typographic quotes, read as ISO-8859-1. */
    private static String moodleQuoted(String rel) {
        return new String(("\u201C" + rel + "\u201D").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
