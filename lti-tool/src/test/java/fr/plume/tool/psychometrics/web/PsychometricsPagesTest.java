package fr.plume.tool.psychometrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fr.plume.tool.itembank.application.ImportItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The psychometrician's pages over real HTTP, and every refusal of their routes. */
@PlumeIntegrationTest
class PsychometricsPagesTest {

    private static final String PASSWORD = "psychometrics-pages-password";
    private static final String RUNS = "/admin/psychometrics/runs";
    private static final String REPORT = "/admin/psychometrics/report";
    private static final Pattern RUN = Pattern.compile(RUNS + "/([0-9a-f-]{36})$");

    @LocalServerPort
    int port;
    @Autowired
    ImportItems importItems;
    @RegisterExtension
    final ConsortiumAdmins.Account psychometrician = ConsortiumAdmins.account("psychometrician-pages", PASSWORD,
            Set.of(ToolRole.PSYCHOMETRICIAN));
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account("admin-psychometrics-pages", PASSWORD);

    @Test
    void aPsychometricianLandsOnTheCalibrationsAfterSignIn() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> signedIn = browser.submitSignIn(psychometrician.username(), PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(RUNS);
        assertThat(browser.follow(signedIn).statusCode()).isEqualTo(200);
    }

    @Test
    void aPsychometricianQueuesARunFollowsItAndCannotPromoteItBeforeItSucceeds() {
        BrowserSession browser = psychometrician.signedIn();
        String list = browser.get(RUNS).body();
        assertThat(list).contains("<html lang=\"fr\"").contains("<title>Calibrations — Plume</title>")
                .contains("<main id=\"contenu\"").contains("<h1>Calibrations</h1>");
        assertThat(browser.get(RUNS + "?lang=en").body()).contains("Start a calibration");
        browser.get(RUNS + "?lang=fr");
        String csrf = BrowserSession.csrfToken(list);

        HttpResponse<String> queued = browser.postForm(RUNS, Map.of("_csrf", csrf, "kind", "FIXED_ANCHOR",
                "from", "2021-01-01", "to", "2021-01-31", "minResponses", "250"));

        assertThat(queued.statusCode()).isEqualTo(302);
        Matcher run = RUN.matcher(queued.headers().firstValue("Location").orElseThrow());
        assertThat(run.find()).isTrue();
        String page = browser.follow(queued).body();
        assertThat(page).contains("En file").contains("psychometrician-pages").contains("250")
                .doesNotContain("Mettre cette version en service");
        assertThat(browser.get(RUNS).body()).contains(RUNS + "/" + run.group(1));

        HttpResponse<String> early = browser.postForm(RUNS + "/" + run.group(1) + "/promote", Map.of("_csrf", csrf));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("PSY-NOT-PROMOTABLE");
        assertThat(browser.get(RUNS + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        HttpResponse<String> csv = browser.get(RUNS + "/" + run.group(1) + "/items.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("item,status,responses,a,se_a,b,se_b,p,point_biserial,sx2,df,sx2_p,flags,options\n");
        HttpResponse<String> badDay = browser.postForm(RUNS, Map.of("_csrf", csrf, "kind", "FIXED_ANCHOR",
                "from", "hier", "to", "2021-01-31"));
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(badDay.body()).contains("PSY-WINDOW");
    }

    @Test
    void theTestReportDrawsTheCurvesAsSvgWithTheirDataTableAndShowsCoverage() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        BrowserSession browser = psychometrician.signedIn();

        String page = browser.get(REPORT + "?length=30&lang=fr").body();

        assertThat(page).contains("<h1>Rapport de test</h1>").contains("<title>Rapport de test — Plume</title>")
                .contains("Fidélité marginale").contains("Exactitude de classement")
                .contains("<svg").contains("role=\"img\"").containsPattern("<polyline[^>]+points=\"48\\.0,[0-9.]+ ")
                .contains("<caption>Données des courbes</caption>").contains("<th scope=\"row\">1.1</th>")
                .contains("à compléter");
        assertThat(browser.get(REPORT + "?length=40&lang=en").body()).contains("Adaptive tests of 40 items")
                .contains("Marginal reliability");
    }

    @Test
    void theTestReportItsCoverageAndTheExposureDownloadAsCsvAndXlsx() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        BrowserSession browser = psychometrician.signedIn();
        assertThat(browser.get(REPORT + "?length=30").body()).contains(REPORT + "/curves.csv?length=30")
                .contains(REPORT + "/coverage.xlsx");
        assertThat(browser.get("/admin/psychometrics/exposure").body())
                .contains("/admin/psychometrics/exposure/items.csv?mode=CERTIFICATION&amp;days=90");

        HttpResponse<String> curves = browser.get(REPORT + "/curves.csv?length=30");
        HttpResponse<String> coverage = browser.get(REPORT + "/coverage.csv");
        HttpResponse<String> exposure = browser.get("/admin/psychometrics/exposure/items.csv?mode=DIAGNOSTIC&days=30");

        assertThat(curves.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(curves.body()).startsWith("theta,information,standard_error,test_length,marginal_reliability,"
                + "classification_accuracy,classification_consistency\n").containsPattern("\n0\\.0000,[0-9.]+,0\\.2[0-9]+,30,0\\.9");
        assertThat(coverage.body()).startsWith("competency,level,items,below_minimum\n").contains("\n1.1,1,");
        assertThat(exposure.body()).startsWith("item,competency,exposure_rate,above_limit\n")
                .containsPattern("\n[0-9a-f-]{36},[0-9.]+,[0-9.]+,(true|false)\n");
        for (String xlsx : List.of(REPORT + "/curves.xlsx", REPORT + "/coverage.xlsx",
                "/admin/psychometrics/exposure/items.xlsx")) {
            HttpResponse<byte[]> download = browser.getBytes(xlsx);
            assertThat(download.statusCode()).as(xlsx).isEqualTo(200);
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new java.io.ByteArrayInputStream(download.body()))) {
                assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).as(xlsx).isGreaterThan(5);
            }
        }
    }

    @Test
    void everyRouteRefusesAConsortiumAdministratorAnonymousVisitorsAndFormsWithoutCsrf() {
        String someRun = RUNS + "/" + UUID.randomUUID();
        List<String> pages = List.of(RUNS, someRun, someRun + "/items.csv", REPORT);
        List<String> forms = List.of(RUNS, someRun + "/promote");
        Map<String, String> queue = Map.of("kind", "FIXED_ANCHOR", "from", "2021-01-01", "to", "2021-01-31");

        BrowserSession admin = administrator.signedIn();
        String adminCsrf = BrowserSession.csrfToken(admin.get("/admin").body());
        for (String page : pages) {
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(403);
        }
        for (String form : forms) {
            java.util.Map<String, String> fields = new java.util.HashMap<>(queue);
            fields.put("_csrf", adminCsrf);
            assertThat(admin.postForm(form, fields).statusCode()).as(form).isEqualTo(403);
        }

        BrowserSession anonymous = new BrowserSession(port);
        for (String page : pages) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        for (String form : forms) {
            assertThat(anonymous.postForm(form, queue).statusCode()).as(form).isIn(302, 403);
        }

        BrowserSession browser = psychometrician.signedIn();
        for (String form : forms) {
            assertThat(browser.postForm(form, queue).statusCode()).as("without the CSRF token: " + form).isEqualTo(403);
        }
    }
}
