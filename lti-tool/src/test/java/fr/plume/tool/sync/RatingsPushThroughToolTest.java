package fr.plume.tool.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Framework;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.Multipart;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.TestFrameworks;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.infra.JdbcRatingLedger;
import fr.plume.tool.sync.infra.JdbcRatingPreferences;
import fr.plume.tool.sync.infra.JdbcSyncRuns;
import fr.plume.tool.sync.infra.JdbcSyncSchedules;
import fr.plume.tool.sync.infra.JdbcSyncSites;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Job 3 through the tool: a course team opts in on its class page, students' latest levels are
 * rated in their Moodle course (WireMock playing Moodle), once; other courses, origins and members
 * are left alone.
 */
@PlumeIntegrationTest
class RatingsPushThroughToolTest {

    private static final String ADMIN = "ratings-admin";
    private static final String PASSWORD = "ratings admin correct horse";
    private static final Pattern RUN_LOCATION = Pattern.compile("/runs/([0-9a-f-]{36})$");
    private static final String WS = "/webservice/rest/server.php";

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account(ADMIN, PASSWORD);
    @Autowired
    Members members;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    JdbcSyncSites sites;
    @Autowired
    JdbcSyncSchedules schedules;
    @Autowired
    JdbcSyncRuns runs;
    @Autowired
    JdbcRatingPreferences preferences;
    @Autowired
    JdbcRatingLedger ledger;
    @Autowired
    Frameworks frameworks;
    @Autowired
    JdbcClient jdbc;

    WireMockServer moodle;
    BrowserSession admin;
    Members.Member member;
    CourseLaunches platform;
    final List<CourseLaunches> platforms = new ArrayList<>();

    @BeforeEach
    void setUp() {
        moodle = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        moodle.start();
        String code = "univ-r-" + UUID.randomUUID().toString().substring(0, 8);
        member = members.ensure(code, "Université " + code);
        platform = platform(code);
        admin = administrator.signedIn();
    }

    @AfterEach
    void tearDown() {
        moodle.stop();
        platforms.forEach(CourseLaunches::close);
    }

    @Test
    void optedInCourseGetsItsLatestChosenRatingsOnceAndOtherCoursesNone() {
        Framework framework = importFramework();
        LaunchFlow.Session teacher = platform.launch("11", CourseLaunches.INSTRUCTOR, "101");
        platform.launch("201", CourseLaunches.LEARNER, "101");
        platform.launch("202", CourseLaunches.LEARNER, "101");
        platform.launch("203", CourseLaunches.LEARNER, "102");
        platform.launch("12", CourseLaunches.INSTRUCTOR, "102");
        UUID course101 = context("101");
        UUID course102 = context("102");

        String page = teacher.get("/class/" + course101 + "/moodle-ratings").body();
        assertThat(page).contains("<h1").contains("Niveaux de compétences dans Moodle").contains("Français écrit 101")
                .contains("name=\"_csrf\"").doesNotContain("checked");
        HttpResponse<String> saved = teacher.post("/class/" + course101 + "/moodle-ratings", page,
                Map.of("enabled", List.of("true"), "origins", List.of("DIAGNOSTIC")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(teacher.get("/class/" + course101 + "/moodle-ratings?saved&lang=en").body())
                .contains("Competency ratings in Moodle").contains("Your choice is saved").contains("checked");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        attempt("201", course101, "DIAGNOSTIC", now.minusSeconds(3600), Map.of("1.1", 2));
        attempt("201", course101, "DIAGNOSTIC", now.minusSeconds(60), Map.of("1.1", 3, "2.1", 5));
        attempt("202", course101, "CERTIFICATION", now.minusSeconds(60), Map.of("1.1", 4));
        attempt("203", course102, "DIAGNOSTIC", now.minusSeconds(60), Map.of("1.1", 6));
        stubMoodle(framework);
        UUID scheduleId = schedule(saveSite(member), member, platform.issuer());

        SyncRun first = runNow(member, scheduleId, false);
        assertThat(first.status()).as(String.valueOf(first.error())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(first.report().created()).isEqualTo(2);
        List<Map<String, String>> grades = calls("core_competency_grade_competency_in_course");
        assertThat(grades).hasSize(2).allSatisfy(g -> {
            assertThat(g).containsEntry("courseid", "101").containsEntry("userid", "201");
            assertThat(g.get("note")).contains("diagnostic");
        });
        assertThat(grades).extracting(g -> g.get("competencyid") + "=" + g.get("grade"))
                .containsExactlyInAnyOrder("511=3", "521=5");
        assertThat(calls("core_competency_add_competency_to_course")).hasSize(2)
                .allSatisfy(a -> assertThat(a).containsEntry("courseid", "101"));
        assertThat(allCalls()).noneMatch(c -> "102".equals(c.get("courseid")) || "202".equals(c.get("userid")));

        SyncRun second = runNow(member, scheduleId, false);
        assertThat(second.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(second.report().created() + second.report().updated()).isZero();
        assertThat(second.report().unchanged()).isEqualTo(2);
        assertThat(calls("core_competency_grade_competency_in_course")).hasSize(2);

        // the team adds certifications: 202's certification is rated, nothing else is sent again
        String again = teacher.get("/class/" + course101 + "/moodle-ratings").body();
        teacher.post("/class/" + course101 + "/moodle-ratings", again,
                Map.of("enabled", List.of("true"), "origins", List.of("DIAGNOSTIC", "CERTIFICATION")));
        SyncRun third = runNow(member, scheduleId, false);
        assertThat(third.report().created()).isEqualTo(1);
        assertThat(calls("core_competency_grade_competency_in_course")).hasSize(3)
                .anySatisfy(g -> assertThat(g).containsEntry("userid", "202").containsEntry("grade", "4"));

        // turned off: nothing is read any more
        teacher.post("/class/" + course101 + "/moodle-ratings", again, Map.of("origins", List.of("DIAGNOSTIC")));
        SyncRun off = runNow(member, scheduleId, false);
        assertThat(off.report().created() + off.report().unchanged() + off.report().updated()).isZero();
        assertThat(calls("core_competency_grade_competency_in_course")).hasSize(3);
    }

    @Test
    void aGradeMoodleRefusesInOneCourseIsAFailedEntryOfTheRunsReportAndTheOtherCourseIsStillRated() {
        Framework framework = importFramework();
        LaunchFlow.Session teacher101 = platform.launch("11", CourseLaunches.INSTRUCTOR, "101");
        LaunchFlow.Session teacher102 = platform.launch("12", CourseLaunches.INSTRUCTOR, "102");
        platform.launch("201", CourseLaunches.LEARNER, "101");
        platform.launch("203", CourseLaunches.LEARNER, "102");
        UUID course101 = context("101");
        UUID course102 = context("102");
        Map<String, List<String>> turnOn = Map.of("enabled", List.of("true"), "origins", List.of("DIAGNOSTIC"));
        teacher101.post("/class/" + course101 + "/moodle-ratings",
                teacher101.get("/class/" + course101 + "/moodle-ratings").body(), turnOn);
        teacher102.post("/class/" + course102 + "/moodle-ratings",
                teacher102.get("/class/" + course102 + "/moodle-ratings").body(), turnOn);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        attempt("201", course101, "DIAGNOSTIC", now.minusSeconds(60), Map.of("1.1", 3));
        attempt("203", course102, "DIAGNOSTIC", now.minusSeconds(60), Map.of("1.1", 4));
        stubMoodle(framework);
        // the service account may not rate in course 102 (a role given per course): Moodle's required_capability_exception
        moodle.stubFor(post(urlEqualTo(WS)).withRequestBody(containing("wsfunction=core_competency_grade_competency_in_course&"))
                .withRequestBody(containing("courseid=102&"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(SyncFixtures.fixture("moodle/error_nopermissions.json"))));

        SyncRun run = runNow(member, schedule(saveSite(member), member, platform.issuer()), false);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.report()).as(String.valueOf(run.error())).isNotNull();
        assertThat(run.report().created()).isEqualTo(1);
        assertThat(run.report().failed()).isEqualTo(1);
        assertThat(calls("core_competency_grade_competency_in_course")).extracting(g -> g.get("courseid"))
                .containsExactlyInAnyOrder("101", "102");
        String page = admin.get("/admin/sync/members/" + member.id() + "/runs/" + run.id()).body();
        assertThat(page).contains("cours 102 / utilisateur 203 / compétence 1.1")
                .contains("nopermissions").contains("moodle/competency:usercompetencyview")
                .contains("cours 101 / utilisateur 201 / compétence 1.1");
    }

    @Test
    void theCoursePageRefusesStudentsTeachersOfAnotherCourseAndOtherMembers() {
        LaunchFlow.Session teacher = platform.launch("11", CourseLaunches.INSTRUCTOR, "101");
        LaunchFlow.Session student = platform.launch("201", CourseLaunches.LEARNER, "101");
        LaunchFlow.Session otherTeacher = platform.launch("12", CourseLaunches.INSTRUCTOR, "102");
        UUID course101 = context("101");
        String teacherPage = teacher.get("/class/" + course101 + "/moodle-ratings").body();
        Map<String, List<String>> turnOn = Map.of("enabled", List.of("true"), "origins", List.of("DIAGNOSTIC"));

        assertThat(student.get("/class/" + course101 + "/moodle-ratings").statusCode()).isEqualTo(403);
        assertThat(student.post("/class/" + course101 + "/moodle-ratings", teacherPage, turnOn).statusCode())
                .isIn(403);
        assertThat(otherTeacher.get("/class/" + course101 + "/moodle-ratings").statusCode()).isEqualTo(403);
        String otherPage = otherTeacher.get("/class/" + context("102") + "/moodle-ratings").body();
        assertThat(otherTeacher.post("/class/" + course101 + "/moodle-ratings", otherPage, turnOn).statusCode())
                .isEqualTo(403);
        HttpResponse<String> noOrigin = teacher.post("/class/" + course101 + "/moodle-ratings", teacherPage,
                Map.of("enabled", List.of("true")));
        assertThat(noOrigin.statusCode()).isEqualTo(422);
        assertThat(noOrigin.body()).contains("SYNC-RATINGS-ORIGINS");
        assertThat(new Http(port).get("/class/" + course101 + "/moodle-ratings").statusCode()).isIn(302, 401, 403);
        assertThat(preferences.find(member.id(), course101)).isEmpty();

        // a teacher of another member's course with the same Moodle course id cannot reach this one
        Members.Member other = members.ensure("other-r-" + member.code(), "Autre université");
        CourseLaunches otherPlatform = platform(other.code());
        LaunchFlow.Session foreignTeacher = otherPlatform.launch("11", CourseLaunches.INSTRUCTOR, "101");
        assertThat(foreignTeacher.get("/class/" + course101 + "/moodle-ratings").statusCode()).isEqualTo(403);
    }

    @Test
    void aMembersRunNeverReadsAnotherMembersCourses() {
        Framework framework = importFramework();
        LaunchFlow.Session teacher = platform.launch("11", CourseLaunches.INSTRUCTOR, "101");
        platform.launch("201", CourseLaunches.LEARNER, "101");
        UUID course101 = context("101");
        String page = teacher.get("/class/" + course101 + "/moodle-ratings").body();
        teacher.post("/class/" + course101 + "/moodle-ratings", page,
                Map.of("enabled", List.of("true"), "origins", List.of("DIAGNOSTIC")));
        attempt("201", course101, "DIAGNOSTIC", Instant.now().minusSeconds(30), Map.of("1.1", 3));
        stubMoodle(framework);

        // another member configures the same Moodle and issuer: it has no course of its own opted in
        Members.Member other = members.ensure("iso-r-" + member.code(), "Autre université");
        UUID otherSchedule = schedule(saveSite(other), other, platform.issuer());
        SyncRun foreign = runNow(other, otherSchedule, false);
        assertThat(foreign.status()).as(String.valueOf(foreign.error())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(foreign.report().created() + foreign.report().unchanged() + foreign.report().skipped()).isZero();
        assertThat(calls("core_competency_grade_competency_in_course")).isEmpty();
        assertThat(preferences.enabled(other.id())).isEmpty();

        UUID ownSite = saveSite(member);
        SyncRun own = runNow(member, schedule(ownSite, member, platform.issuer()), false);
        assertThat(own.report().created()).isEqualTo(1);
        assertThat(ledger.pushedCount(member.id(), ownSite)).isEqualTo(1);
        assertThat(ledger.pushedCount(other.id(), ownSite)).isZero();
        assertThat(runs.find(other.id(), own.id())).isEmpty();
    }

    private CourseLaunches platform(String memberCode) {
        CourseLaunches launches = new CourseLaunches(port, registrations, members, memberCode);
        platforms.add(launches);
        return launches;
    }

    private UUID context(String courseId) {
        return jdbc.sql("SELECT id FROM lti_context WHERE member_id = :m AND issuer = :i AND platform_context_id = :c")
                .param("m", member.id()).param("i", platform.issuer()).param("c", courseId).query(UUID.class).single();
    }

    private void attempt(String sub, UUID contextId, String mode, Instant completedAt, Map<String, Integer> levels) {
        UUID userId = jdbc.sql("SELECT id FROM lti_user WHERE member_id = :m AND issuer = :i AND subject = :s")
                .param("m", member.id()).param("i", platform.issuer()).param("s", sub).query(UUID.class).single();
        UUID attemptId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO assessment_attempt (id, member_id, user_id, resource_link_id, context_id, mode, seed,
                    accessible_items, scoring_version, started_at, status, end_reason, completed_at, theta,
                    standard_error, level, scaled_score, score_maximum)
                VALUES (:id, :m, :u, NULL, :c, :mode, 1, FALSE, 'test', :started, 'COMPLETED', NULL, :done, 0, 0.3,
                    3, 300, 600)""")
                .param("id", attemptId).param("m", member.id()).param("u", userId).param("c", contextId)
                .param("mode", mode).param("started", Timestamp.from(completedAt.minusSeconds(900)))
                .param("done", Timestamp.from(completedAt)).update();
        if ("CERTIFICATION".equals(mode)) {
            // a certification's levels leave the tool once its result is published (DESIGN §7)
            jdbc.sql("""
                    INSERT INTO assessment_certification_result (attempt_id, member_id, status, recorded_at,
                        published_at, published_by) VALUES (:a, :m, 'PUBLISHED', :done, :done, 'test')""")
                    .param("a", attemptId).param("m", member.id()).param("done", Timestamp.from(completedAt)).update();
        }
        levels.forEach((code, level) -> jdbc.sql("""
                INSERT INTO assessment_attempt_competency (attempt_id, member_id, competency, theta, standard_error,
                    level, level_probability, item_count)
                VALUES (:a, :m, :code, 0, 0.4, :level, 0.8, 6)""")
                .param("a", attemptId).param("m", member.id()).param("code", code).param("level", level).update());
    }

    /** Moodle knows the framework's competencies (ids 511, 512, 521, 522 for 1.1 … 2.2), no course has any yet. */
    private void stubMoodle(Framework framework) {
        SyncFixtures.moodleReply(moodle, "core_webservice_get_site_info", SyncFixtures.fixture("moodle/site_info_full.json"));
        for (Competency c : framework.allCompetencies()) {
            long id = 500 + Long.parseLong(c.code().replace(".", ""));
            moodle.stubFor(post(urlEqualTo(WS))
                    .withRequestBody(containing("wsfunction=core_competency_list_competencies&"))
                    .withRequestBody(containing(c.idnumber().toString()))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("[" + SyncFixtures.competencyJson(id, 0).replaceFirst(
                                    "\"idnumber\":\"[0-9a-f-]+\"", "\"idnumber\":\"" + c.idnumber() + "\"") + "]")));
        }
        SyncFixtures.moodleReply(moodle, "core_competency_list_course_competencies", "[]");
        SyncFixtures.moodleReply(moodle, "core_competency_add_competency_to_course", "true");
        SyncFixtures.moodleReply(moodle, "core_competency_grade_competency_in_course",
                SyncFixtures.fixture("moodle/grade_competency_in_course.json"));
    }

    private Framework importFramework() {
        Framework framework = TestFrameworks.twoDomains("7." + (System.nanoTime() % 100000) + ".0");
        Multipart multipart = new Multipart().file("file", "referentiel.json",
                FrameworkFormats.write(FrameworkFormat.CASE_JSON, framework));
        String token = administrator.apiToken(ApiScope.FRAMEWORKS_WRITE);
        HttpResponse<String> created = new Http(port).send(HttpRequest.newBuilder(new Http(port).uri("/api/v1/admin/frameworks"))
                .header("Authorization", "Bearer " + token).header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(frameworks.current().orElseThrow().framework().idnumber()).isEqualTo(framework.idnumber());
        return framework;
    }

    private UUID saveSite(Members.Member owner) {
        String token = BrowserSession.csrfToken(admin.get("/admin/sync").body());
        HttpResponse<String> saved = admin.postForm("/admin/sync/members/" + owner.id() + "/sites", new HashMap<>(Map.of(
                "_csrf", token, "name", "moodle-" + owner.code(), "baseUrl", moodle.baseUrl(), "token", SyncFixtures.TOKEN,
                "scaleId", "4", "jobs", "RATINGS_PUSH")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return sites.ofMember(owner.id()).get(0).id();
    }

    private UUID schedule(UUID siteId, Members.Member owner, String issuer) {
        String token = BrowserSession.csrfToken(admin.get("/admin/sync").body());
        HttpResponse<String> saved = admin.postForm("/admin/sync/members/" + owner.id() + "/sites/" + siteId
                + "/schedules", Map.of("_csrf", token, "job", "RATINGS_PUSH", "target", issuer, "cadence", "PT1H"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return schedules.ofMember(owner.id()).stream().filter(s -> s.job().name().equals("RATINGS_PUSH")).findFirst()
                .orElseThrow().id();
    }

    private SyncRun runNow(Members.Member owner, UUID scheduleId, boolean dryRun) {
        String page = admin.get("/admin/sync").body();
        HttpResponse<String> posted = admin.postForm("/admin/sync/members/" + owner.id() + "/schedules/" + scheduleId
                + "/runs", Map.of("_csrf", BrowserSession.csrfToken(page), "dryRun", String.valueOf(dryRun)));
        assertThat(posted.statusCode()).isEqualTo(302);
        Matcher m = RUN_LOCATION.matcher(posted.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return SyncFixtures.awaitFinished(runs, owner.id(), UUID.fromString(m.group(1)));
    }

    private List<Map<String, String>> calls(String function) {
        return moodle.findAll(postRequestedFor(urlEqualTo(WS)).withRequestBody(containing("wsfunction=" + function + "&")))
                .stream().map(RatingsPushThroughToolTest::form).toList();
    }

    private List<Map<String, String>> allCalls() {
        return moodle.findAll(postRequestedFor(urlEqualTo(WS))).stream().map(RatingsPushThroughToolTest::form).toList();
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> m = new HashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }
}
