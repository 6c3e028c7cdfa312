package fr.plume.tool.assessment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.plume.tool.assessment.api.CertificationPublication;
import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.assessment.api.ResultMode;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.ags.application.DrainGradeOutbox;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.RunningClockConfiguration;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Certification over real HTTP after real LTI launches (DESIGN §7): a certifying attempt starts only
 * from a certification activity and once per person and certification, across the member's courses
 * and deployments; its score stays in the tool until the result is published, then reaches the
 * platform (WireMock) exactly once. The outbox worker is off: the test drains it itself.
 */
@PlumeIntegrationTest
@Import({RunningClockConfiguration.class, CompletedAttempts.Config.class})
@TestPropertySource(properties = "plume.ags.worker-enabled=false")
class CertificationTest {

    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");
    private static final Map<String, String> CERTIFICATION_LINK =
            Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification");
    private static final String ADMIN = "certification-admin";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String SCORES = "/lineitems/9/lineitem/scores";

    @LocalServerPort
    int port;
    @Autowired
    Members members;
    @Autowired
    ImportItems importItems;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    CompletedAttempts completed;
    @Autowired
    DrainGradeOutbox drain;
    @Autowired
    CertificationPublication publication;
    @Autowired
    CompetencyResults competencyResults;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @BeforeEach
    void bank() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        ConsortiumAdmins.ensure(accounts, encoder, ADMIN, PASSWORD);
        clock.reset();
    }

    @AfterEach
    void close() {
        clock.reset();
    }

    @Test
    void aCertifyingAttemptAskedFromAPracticeOrPlacementLinkIsRefusedWithAClearPage() {
        StudentLauncher univ = students.member("univ-cert-wrong");
        for (Map<String, String> link : List.of(
                Map.of("plume_kind", "FORMATIVE", "plume_activity", "formative-1.1", "plume_competency", "1.1"),
                Map.of("plume_kind", "DIAGNOSTIC", "plume_activity", "diagnostic"))) {
            StudentLauncher.Session session = univ.launch("student-w", "link-" + link.get("plume_activity"), link);
            String home = session.get("/app").body();
            assertThat(home).doesNotContain("name=\"mode\" value=\"CERTIFICATION\"");

            HttpResponse<String> refused = session.post("/app/attempts", home, Map.of("mode", List.of("CERTIFICATION")));

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("<html lang=\"fr\"").contains("<main").contains("<h1")
                    .contains("Cette activité n’est pas une certification").contains("ASSESSMENT-CERTIFICATION-WRONG-ACTIVITY");
            HttpResponse<String> english = session.post("/app/attempts?lang=en", home,
                    Map.of("mode", List.of("CERTIFICATION")));
            assertThat(english.body()).contains("<html lang=\"en\"").contains("This activity is not a certification");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_attempt a JOIN lti_user u ON u.id = a.user_id"
                        + " WHERE u.subject = 'student-w' AND u.issuer = :iss").param("iss", univ.platform().issuer())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecondCertifyingAttemptFromAnotherCourseOrDeploymentOfTheSameMemberIsRefused() {
        StudentLauncher univ = students.member("univ-cert-once");
        StudentLauncher deployment2 = students.member("univ-cert-once", univ.platform().issuer(), "2");
        StudentLauncher.Session course2 = univ.launch("candidate-1", "cert-course-2", CERTIFICATION_LINK,
                StudentLauncher.LEARNER, "2");
        // the same person in another course, and through another deployment (client id) of the same Moodle
        StudentLauncher.Session course3 = univ.launch("candidate-1", "cert-course-3", CERTIFICATION_LINK,
                StudentLauncher.LEARNER, "3");
        StudentLauncher.Session course4 = deployment2.launch("candidate-1", "cert-course-4", CERTIFICATION_LINK,
                StudentLauncher.LEARNER, "4");
        String stale2 = course2.get("/app").body();
        UUID attempt = start(course2);
        // pages opened while the attempt runs: their button resumes it
        String stale3 = course3.get("/app").body();
        String stale4 = course4.get("/app").body();
        assertThat(stale3).contains("Ouvrir mon épreuve");
        assertThat(start(course3)).as("resumed from another course").isEqualTo(attempt);

        // the time runs out: the attempt ends (too few answers), its seat stays used
        clock.advance(Duration.ofMinutes(91));
        assertThat(StudentLauncher.Session.location(course2.get("/app/attempts/" + attempt))).endsWith("/result");
        clock.reset();

        String home = course3.get("/app").body();
        assertThat(home).contains("Vous avez déjà passé cette certification")
                .contains("/app/attempts/" + attempt + "/result")
                .doesNotContain("name=\"mode\" value=\"CERTIFICATION\"");
        HttpResponse<String> refused = course3.post("/app/attempts", stale3, Map.of("mode", List.of("CERTIFICATION")));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("<html lang=\"fr\"").contains("Certification déjà passée")
                .contains("ASSESSMENT-CERTIFICATION-TAKEN").contains("la seule tentative");
        HttpResponse<String> again = course4.post("/app/attempts", stale4, Map.of("mode", List.of("CERTIFICATION")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ASSESSMENT-CERTIFICATION-TAKEN");
        assertThat(course2.post("/app/attempts", stale2, Map.of("mode", List.of("CERTIFICATION"))).statusCode())
                .as("nor from the same link").isEqualTo(409);

        assertThat(jdbc.sql("SELECT count(*) FROM assessment_attempt a JOIN lti_user u ON u.id = a.user_id"
                        + " WHERE a.mode = 'CERTIFICATION' AND u.subject = 'candidate-1' AND u.issuer = :iss")
                .param("iss", univ.platform().issuer()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void concurrentStartsFromTwoCoursesMakeOneAttempt() throws Exception {
        StudentLauncher univ = students.member("univ-cert-race");
        StudentLauncher.Session a = univ.launch("candidate-r", "cert-a", CERTIFICATION_LINK, StudentLauncher.LEARNER, "2");
        StudentLauncher.Session b = univ.launch("candidate-r", "cert-b", CERTIFICATION_LINK, StudentLauncher.LEARNER, "3");
        String homeA = a.get("/app").body();
        String homeB = b.get("/app").body();

        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posts.add(CompletableFuture.supplyAsync(() -> a.post("/app/attempts", homeA,
                    Map.of("mode", List.of("CERTIFICATION")))));
            posts.add(CompletableFuture.supplyAsync(() -> b.post("/app/attempts", homeB,
                    Map.of("mode", List.of("CERTIFICATION")))));
        }
        Set<String> attempts = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> post : posts) {
            HttpResponse<String> response = post.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
            attempts.add(StudentLauncher.Session.location(response));
        }

        assertThat(attempts).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_attempt a JOIN lti_user u ON u.id = a.user_id"
                        + " WHERE a.mode = 'CERTIFICATION' AND u.subject = 'candidate-r' AND u.issuer = :iss")
                .param("iss", univ.platform().issuer()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCertificationGradeLeavesTheToolOnlyWhenItsResultIsPublishedAndOnlyOnce() {
        StudentLauncher univ = students.member("univ-cert-publish");
        WireMockServer platform = univ.platform().server();
        platform.stubFor(post(TestPlatform.TOKEN_PATH).willReturn(okJson(
                "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)));
        String base = platform.baseUrl();
        Map<String, Object> ags = Map.of("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", base + "/lineitems", "lineitem", base + "/lineitems/9/lineitem"));
        StudentLauncher.Session candidate = univ.launch("candidate-p", "cert-p", CERTIFICATION_LINK,
                List.of(StudentLauncher.LEARNER), "2", ags).session();

        UUID attempt = start(candidate);
        for (int i = 0; i < 30; i++) {
            String page = candidate.get("/app/attempts/" + attempt).body();
            assertThat(candidate.post("/app/attempts/" + attempt + "/answer", page,
                    DeliveryTest.answerFor(page, StudentLauncher.Session.token(page))).statusCode()).isEqualTo(302);
        }
        clock.advance(Duration.ofMinutes(91));
        assertThat(StudentLauncher.Session.location(candidate.get("/app/attempts/" + attempt))).endsWith("/result");
        clock.reset();
        assertThat(candidate.get("/app/attempts/" + attempt + "/result").body())
                .contains("Le résultat vous sera communiqué après la délibération du jury");

        // completed and valid, held: nothing in the outbox, nothing reaches the platform
        assertThat(completed.events).anyMatch(e -> e.attemptId().equals(attempt));
        assertThat(jdbc.sql("SELECT valid FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(Boolean.class).single()).isTrue();
        assertThat(resultStatus(attempt)).isEqualTo("AWAITING_PUBLICATION");
        assertThat(outboxRows(attempt)).isZero();
        drainAll();
        platform.verify(0, postRequestedFor(urlPathEqualTo(SCORES)));
        platform.verify(0, postRequestedFor(urlPathEqualTo(TestPlatform.TOKEN_PATH)));
        UUID memberId = jdbc.sql("SELECT member_id FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(UUID.class).single();
        UUID contextId = jdbc.sql("SELECT context_id FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(UUID.class).single();
        assertThat(competencyResults.latestFor(memberId, contextId, Set.of(ResultMode.CERTIFICATION)))
                .as("no certification level leaves the tool before publication either").isEmpty();

        // the consortium administrator sees it awaiting publication; a student cannot reach the page
        assertThat(candidate.get("/admin/certification-results").statusCode()).isEqualTo(403);
        BrowserSession admin = new BrowserSession(port);
        admin.signIn(ADMIN, PASSWORD);
        String page = admin.get("/admin/certification-results").body();
        assertThat(page).contains("<html lang=\"fr\"").contains("<h1").contains("Résultats de certification à publier")
                .contains(attempt.toString()).contains("Publier").doesNotContain("candidate-p");
        assertThat(page).as("the admin layout and its one date format")
                .contains("<a href=\"/admin/certification-results\" aria-current=\"page\">")
                .containsPattern("<td>\\d{1,2} \\S+ \\d{4} à \\d{2}:\\d{2}</td>");
        assertThat(admin.get("/admin/certification-results?lang=en").body())
                .contains("Certification results to publish").contains("Publish");
        admin.get("/admin/certification-results?lang=fr");
        String publish = "/admin/certification-results/" + memberId + "/" + attempt + "/publish";
        assertThat(admin.postForm(publish, Map.of()).statusCode()).as("without the CSRF token").isEqualTo(403);
        String csrf = BrowserSession.csrfToken(page);
        UUID otherMember = members.ensure("univ-cert-publish-other", "Autre université").id();
        HttpResponse<String> elsewhere = admin.postForm("/admin/certification-results/" + otherMember + "/" + attempt
                + "/publish", Map.of("_csrf", csrf));
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).contains("ASSESSMENT-RESULT-NOT-FOUND");
        assertThat(outboxRows(attempt)).isZero();

        // published: exactly one grade queued, delivered once
        HttpResponse<String> published = admin.postForm(publish, Map.of("_csrf", csrf));
        assertThat(published.statusCode()).isEqualTo(302);
        String after = admin.get("/admin/certification-results").body();
        assertThat(after).contains("Le résultat est publié").doesNotContain(attempt.toString());
        assertThat(resultStatus(attempt)).isEqualTo("PUBLISHED");
        assertThat(outboxRows(attempt)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT mode FROM lti_grade_outbox WHERE attempt_id = :a").param("a", attempt)
                .query(String.class).single()).isEqualTo("CERTIFICATION");
        drainAll();
        int scaled = jdbc.sql("SELECT scaled_score FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(Integer.class).single();
        platform.verify(1, postRequestedFor(urlPathEqualTo(SCORES))
                .withRequestBody(matchingJsonPath("$[?(@.scoreGiven == " + scaled + ")]"))
                .withRequestBody(matchingJsonPath("$.gradingProgress", equalTo("FullyGraded"))));
        assertThat(competencyResults.latestFor(memberId, contextId, Set.of(ResultMode.CERTIFICATION)))
                .anyMatch(level -> level.attemptId().equals(attempt));

        // published again (a double click, the future jury): nothing more is queued or sent
        HttpResponse<String> twice = admin.postForm(publish, Map.of("_csrf", csrf));
        assertThat(twice.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/certification-results").body()).contains("Ce résultat était déjà publié");
        assertThat(publication.publish(memberId, attempt, "jury")).isEqualTo(CertificationPublication.Outcome.ALREADY_PUBLISHED);
        assertThat(outboxRows(attempt)).isEqualTo(1);
        drainAll();
        platform.verify(1, postRequestedFor(urlPathEqualTo(SCORES)));
    }

    private UUID start(StudentLauncher.Session session) {
        String home = session.get("/app").body();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("mode", List.of("CERTIFICATION"));
        HttpResponse<String> started = session.post("/app/attempts", home, form);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher m = ATTEMPT.matcher(StudentLauncher.Session.location(started));
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private String resultStatus(UUID attempt) {
        return jdbc.sql("SELECT status FROM assessment_certification_result WHERE attempt_id = :a").param("a", attempt)
                .query(String.class).optional().orElse(null);
    }

    private long outboxRows(UUID attempt) {
        return jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE attempt_id = :a").param("a", attempt)
                .query(Long.class).single();
    }

    /** Drains until nothing is due now; fails instead of looping forever. */
    private void drainAll() {
        for (int batch = 0; batch < 100; batch++) {
            if (drain.drainOnce() == 0) {
                return;
            }
        }
        throw new AssertionError("the outbox kept claiming grades");
    }
}
