package fr.plume.tool.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResources;
import fr.plume.tool.catalogue.infra.JdbcOpenResources;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.Multipart;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.TestFrameworks;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.infra.JdbcSyncRuns;
import fr.plume.tool.sync.infra.JdbcSyncSchedules;
import fr.plume.tool.sync.infra.JdbcSyncSites;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tool running moodle-sync's jobs end to end: admin pages, queue, scheduler, stores, reports. */
@PlumeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SyncThroughToolTest {

    private static final String ADMIN = "sync-admin";
    private static final String PASSWORD = "sync admin correct horse";
    private static final Pattern RUN_LOCATION = Pattern.compile("/admin/sync/members/([0-9a-f-]{36})/runs/([0-9a-f-]{36})$");

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account(ADMIN, PASSWORD);

    @Autowired
    Members members;
    @Autowired
    JdbcSyncSites sites;
    @Autowired
    JdbcSyncSchedules schedules;
    @Autowired
    JdbcSyncRuns runs;
    @Autowired
    JdbcOpenResources catalogue;
    @Autowired
    OpenResources openResources;
    @Autowired
    JdbcClient jdbc;

    WireMockServer server;
    String token;
    BrowserSession browser;
    Members.Member member;

    @BeforeEach
    void setUp() {
        token = administrator.apiToken(ApiScope.FRAMEWORKS_WRITE, ApiScope.SYNC_READ, ApiScope.SYNC_RUN);
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String code = "univ-" + UUID.randomUUID().toString().substring(0, 8);
        member = members.ensure(code, "Université " + code);
        browser = administrator.signedIn();
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void harvestFillsTheCatalogueThenChangesNothingThenWithdrawsADeletedRecord(CapturedOutput output) {
        SyncFixtures.oaiRepository(server, "listrecords-dc-page2.xml", 0);
        String source = "oer-" + member.code();
        UUID siteId = saveSite(Map.of("jobs", "OAI_HARVEST", "oaiSources", source + " " + server.baseUrl() + "/oai oai_dc"));
        UUID scheduleId = schedule(siteId, "OAI_HARVEST", source, "PT6H");

        SyncRun dry = runNow(scheduleId, true);
        assertThat(dry.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(dry.report().created()).isEqualTo(3);
        assertThat(catalogue.activeSourceIds(source)).isEmpty();

        SyncRun first = runNow(scheduleId, false);
        assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(first.report().created()).isEqualTo(3);
        assertThat(catalogue.activeSourceIds(source)).containsExactlyInAnyOrder(
                "oai:" + source + ":oai:oer.example.org:res-1", "oai:" + source + ":oai:oer.example.org:res-2",
                "oai:" + source + ":oai:oer.example.org:res-3");
        List<OpenResource> forPunctuation = openResources.recommendedFor("2.1", 50);
        assertThat(forPunctuation).extracting(OpenResource::title).contains("La virgule : dix règles à connaître");
        String publicPage = new Http(port).get("/catalogue").body();
        assertThat(publicPage).contains("La virgule : dix règles à connaître").contains("Cours de cuisine")
                .contains("href=\"https://oer.example.org/res/1\"");

        SyncRun second = runNow(scheduleId, false);
        assertThat(second.report().created() + second.report().updated() + second.report().withdrawn()).isZero();
        assertThat(second.report().unchanged()).isGreaterThanOrEqualTo(3);

        int cookeryBefore = occurrences(new Http(port).get("/catalogue").body(), "Cours de cuisine");
        server.resetMappings();
        SyncFixtures.oaiRepository(server, "listrecords-dc-page2-res3-deleted.xml", 0);
        SyncRun third = runNow(scheduleId, false);
        assertThat(third.report().withdrawn()).isEqualTo(1);
        assertThat(third.report().notable()).anySatisfy(e -> assertThat(e.subject()).contains("res-3"));
        assertThat(catalogue.findBySourceId("oai:" + source + ":oai:oer.example.org:res-3").orElseThrow().withdrawn()).isTrue();
        assertThat(catalogue.activeSourceIds(source)).hasSize(2);
        String english = new Http(port).get("/catalogue?lang=en").body();
        assertThat(english).contains("Open resources");
        // other tests harvest the same fixture under other origins: this origin's copy is gone
        assertThat(occurrences(english, "Cours de cuisine")).isEqualTo(cookeryBefore - 1);

        String runPage = browser.get("/admin/sync/members/" + member.id() + "/runs/" + third.id()).body();
        assertThat(runPage).contains("Retirés").contains("res-3").contains("supprimé de l");
        assertThat(browser.get("/admin/sync").body()).contains(source).doesNotContain(SyncFixtures.TOKEN);
        assertThat(output.getAll()).contains("event=sync.run.finished").doesNotContain(SyncFixtures.TOKEN);
    }

    @Test
    void frameworkPushUsesTheDecryptedTokenAndReportsThroughTheApi(CapturedOutput output) {
        importFramework("4." + (System.nanoTime() % 100000) + ".0");
        SyncFixtures.moodleReply(server, "core_webservice_get_site_info", SyncFixtures.fixture("moodle/site_info_full.json"));
        SyncFixtures.moodleReply(server, "core_competency_get_scale_values", SyncFixtures.fixture("moodle/scale_values_six.json"));
        SyncFixtures.moodleReply(server, "core_competency_list_competency_frameworks", SyncFixtures.fixture("moodle/empty_list.json"));
        SyncFixtures.moodleReply(server, "core_competency_create_competency_framework",
                SyncFixtures.fixture("moodle/framework_created.json"));
        SyncFixtures.moodleReply(server, "core_competency_create_competency", SyncFixtures.competencyJson(100, 0));
        UUID siteId = saveSite(Map.of("jobs", "FRAMEWORK_PUSH"));
        UUID scheduleId = schedule(siteId, "FRAMEWORK_PUSH", "", "0 0 3 * * *");

        HttpResponse<String> accepted = api(HttpRequest.newBuilder(new Http(port).uri(
                "/api/v1/admin/sync/members/" + member.id() + "/schedules/" + scheduleId + "/runs"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.statusCode()).isEqualTo(202);
        UUID runId = UUID.fromString(accepted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        SyncRun run = SyncFixtures.awaitFinished(runs, member.id(), runId);

        assertThat(run.status()).as(String.valueOf(run.error())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.report().created()).isEqualTo(1 + 2 + 4);
        List<LoggedRequest> creates = server.findAll(postRequestedFor(urlEqualTo("/webservice/rest/server.php"))
                .withRequestBody(containing("wsfunction=core_competency_create_competency&")));
        assertThat(creates).hasSize(6).allSatisfy(r -> assertThat(form(r)).containsEntry("wstoken", SyncFixtures.TOKEN));
        HttpResponse<String> listed = api(HttpRequest.newBuilder(new Http(port).uri(
                "/api/v1/admin/sync/runs?member=" + member.code())).GET());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(runId.toString()).contains("\"created\":7").contains("\"status\":\"SUCCEEDED\"")
                .doesNotContain(SyncFixtures.TOKEN);
        assertThat(output.getAll()).doesNotContain(SyncFixtures.TOKEN);
        byte[] stored = jdbc.sql("SELECT token_ciphertext FROM sync_site WHERE id = :id").param("id", siteId)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SyncFixtures.TOKEN);
    }

    @Test
    void aFailingRunRecordsWhyWithoutTheToken() {
        SyncFixtures.moodleReply(server, "core_webservice_get_site_info", """
                {"exception":"moodle_exception","errorcode":"invalidtoken","message":"Invalid token - token not found"}""");
        importFramework("5." + (System.nanoTime() % 100000) + ".0");
        UUID siteId = saveSite(Map.of("jobs", "FRAMEWORK_PUSH"));
        UUID scheduleId = schedule(siteId, "FRAMEWORK_PUSH", "", "P1D");

        SyncRun run = runNow(scheduleId, false);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).contains("invalidtoken").doesNotContain(SyncFixtures.TOKEN);
        String page = browser.get("/admin/sync/members/" + member.id() + "/runs/" + run.id()).body();
        assertThat(page).contains("role=\"alert\"").contains("invalidtoken").doesNotContain(SyncFixtures.TOKEN);
        assertThat(page).as("admin layout, its section marked, dates in the one format")
                .contains("<nav class=\"admin-nav\" aria-label=\"Administration\">")
                .contains("<a href=\"/admin/sync\" aria-current=\"true\">").contains("action=\"/logout\"")
                .containsPattern("<dd>\\d{1,2} \\S+ \\d{4} à \\d{2}:\\d{2}</dd>").doesNotContain(" UTC");
    }

    @Test
    void siteConfigurationsAndRunsStayWithTheirMember() {
        SyncFixtures.oaiRepository(server, "listrecords-dc-page2.xml", 0);
        String source = "iso-" + member.code();
        UUID siteId = saveSite(Map.of("jobs", "OAI_HARVEST", "oaiSources", source + " " + server.baseUrl() + "/oai"));
        UUID scheduleId = schedule(siteId, "OAI_HARVEST", source, "PT1H");
        SyncRun run = runNow(scheduleId, true);
        Members.Member other = members.ensure("other-" + member.code(), "Autre université");

        assertThat(sites.find(other.id(), siteId)).isEmpty();
        assertThat(sites.ofMember(other.id())).isEmpty();
        assertThat(schedules.find(other.id(), scheduleId)).isEmpty();
        assertThat(runs.find(other.id(), run.id())).isEmpty();
        assertThat(browser.get("/admin/sync/members/" + other.id() + "/runs/" + run.id()).statusCode()).isEqualTo(404);
        String token = BrowserSession.csrfToken(browser.get("/admin/sync").body());
        HttpResponse<String> crossRun = browser.postForm("/admin/sync/members/" + other.id() + "/schedules/" + scheduleId
                + "/runs", Map.of("_csrf", token, "dryRun", "true"));
        assertThat(crossRun.statusCode()).isEqualTo(404);
        assertThat(runs.recent(other.id(), 10)).isEmpty();
        HttpResponse<String> crossSchedule = browser.postForm("/admin/sync/members/" + other.id() + "/sites/" + siteId
                + "/schedules", Map.of("_csrf", token, "job", "OAI_HARVEST", "target", source, "cadence", "PT1H"));
        assertThat(crossSchedule.statusCode()).isEqualTo(404);
        assertThat(api(HttpRequest.newBuilder(new Http(port).uri("/api/v1/admin/sync/runs?member=" + other.code())).GET())
                .body()).isEqualTo("[]");
    }

    @Test
    void formsRefuseRequestsWithoutCsrfTokenAndPagesNeedTheAdminRole() {
        HttpResponse<String> forged = browser.postForm("/admin/sync/members/" + member.id() + "/sites",
                Map.of("name", "x", "baseUrl", "https://moodle.example", "token", "t", "scaleId", "1"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/admin/sync").statusCode()).isIn(302, 401, 403);
        assertThat(new Http(port).get("/api/v1/admin/sync/runs").statusCode()).isEqualTo(401);
    }

    private UUID saveSite(Map<String, String> extra) {
        String token = BrowserSession.csrfToken(browser.get("/admin/sync").body());
        Map<String, String> fields = new HashMap<>(Map.of("_csrf", token, "name", "moodle-" + member.code(),
                "baseUrl", server.baseUrl(), "token", SyncFixtures.TOKEN, "scaleId", "4"));
        fields.putAll(extra);
        HttpResponse<String> saved = browser.postForm("/admin/sync/members/" + member.id() + "/sites", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return sites.ofMember(member.id()).get(0).id();
    }

    private UUID schedule(UUID siteId, String job, String target, String cadence) {
        String token = BrowserSession.csrfToken(browser.get("/admin/sync").body());
        HttpResponse<String> saved = browser.postForm("/admin/sync/members/" + member.id() + "/sites/" + siteId
                + "/schedules", Map.of("_csrf", token, "job", job, "target", target, "cadence", cadence));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return schedules.ofMember(member.id()).stream().filter(s -> s.job().name().equals(job)).findFirst()
                .orElseThrow().id();
    }

    private SyncRun runNow(UUID scheduleId, boolean dryRun) {
        String page = browser.get("/admin/sync").body();
        assertThat(page).contains("/admin/sync/members/" + member.id() + "/schedules/" + scheduleId + "/runs");
        HttpResponse<String> posted = browser.postForm("/admin/sync/members/" + member.id() + "/schedules/" + scheduleId
                + "/runs", Map.of("_csrf", BrowserSession.csrfToken(page), "dryRun", String.valueOf(dryRun)));
        assertThat(posted.statusCode()).isEqualTo(302);
        Matcher m = RUN_LOCATION.matcher(posted.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return SyncFixtures.awaitFinished(runs, member.id(), UUID.fromString(m.group(2)));
    }

    private void importFramework(String version) {
        Multipart multipart = new Multipart().file("file", "referentiel.json",
                FrameworkFormats.write(FrameworkFormat.CASE_JSON, TestFrameworks.twoDomains(version)));
        HttpResponse<String> created = api(HttpRequest.newBuilder(new Http(port).uri("/api/v1/admin/frameworks"))
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> api(HttpRequest.Builder request) {
        return new Http(port).send(ConsortiumAdmins.bearer(request, token).build());
    }

    private static int occurrences(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
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
