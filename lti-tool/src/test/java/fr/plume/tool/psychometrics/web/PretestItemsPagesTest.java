package fr.plume.tool.psychometrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Accessibility;
import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.IrtPrior;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemText;
import fr.plume.framework.content.MatchingPolicy;
import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.infra.JdbcItems;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Items in pretest, promotion, retirement and the XLSX export over real HTTP, and every refusal of them. */
@PlumeIntegrationTest
class PretestItemsPagesTest {

    private static final String PASSWORD = "pretest-items-pages-password";
    private static final String ITEMS = "/admin/psychometrics/items";
    private static final String EXPOSURE = "/admin/psychometrics/exposure";

    @LocalServerPort
    int port;
    @Autowired
    JdbcItems items;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    fr.plume.tool.itembank.application.ImportItems importItems;
    @RegisterExtension
    final ConsortiumAdmins.Account psychometrician = ConsortiumAdmins.account("psychometrician-items", PASSWORD,
            Set.of(ToolRole.PSYCHOMETRICIAN));
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account("admin-psychometrics-items", PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account author = ConsortiumAdmins.account("author-psychometrics-items", PASSWORD,
            Set.of(ToolRole.AUTHOR));
    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @Test
    void aPsychometricianPutsAnItemInPretestFollowsItsAnswersAndRetiresIt() {
        UUID id = publishedItem();
        BrowserSession browser = psychometrician.signedIn();
        String csrf = BrowserSession.csrfToken(browser.get(ITEMS).body());

        HttpResponse<String> pretest = browser.postForm(ITEMS + "/pretest", Map.of("_csrf", csrf, "item", id.toString()));

        assertThat(pretest.statusCode()).isEqualTo(302);
        assertThat(inForce(id)).map(PublishedItem::pretest).contains(true);
        String page = browser.get(ITEMS + "?lang=fr").body();
        assertThat(page).contains("<title>Items en prétest — Plume</title>").contains("<h1>Items en prétest</h1>")
                .contains("<main id=\"contenu\"").contains(id.toString()).contains("0 / 300");
        HttpResponse<String> again = browser.postForm(ITEMS + "/pretest", Map.of("_csrf", csrf, "item", id.toString()));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("PSY-ALREADY-PRETESTED");
        assertThat(browser.postForm(ITEMS + "/promote", Map.of("_csrf", csrf, "item", id.toString(),
                "run", UUID.randomUUID().toString())).statusCode()).as("no such run").isEqualTo(404);

        HttpResponse<String> retired = browser.postForm(ITEMS + "/retire", Map.of("_csrf", csrf, "item", id.toString()));

        assertThat(retired.statusCode()).isEqualTo(302);
        assertThat(inForce(id)).isEmpty();
        assertThat(browser.get(ITEMS).body()).doesNotContain(id.toString());
    }

    @Test
    void theExposurePageCountsTheAttemptsThatShowedAnItemInTheWindow() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        StudentLauncher.Session student = students.member("univ-psy-exposure").launch("student-exp", "link-exp",
                Map.of("plume_kind", "DIAGNOSTIC"));
        BrowserSession browser = psychometrician.signedIn();
        int before = attempts(browser.get(EXPOSURE + "?mode=DIAGNOSTIC&days=1&lang=fr").body());

        String home = student.get("/app").body();
        HttpResponse<String> started = student.post("/app/attempts", home,
                Map.of("mode", List.of("DIAGNOSTIC")));
        String itemPage = student.get(StudentLauncher.Session.location(started).replaceFirst("^https?://[^/]+", ""))
                .body();

        String page = browser.get(EXPOSURE + "?mode=DIAGNOSTIC&days=1&lang=fr").body();
        assertThat(page).contains("<title>Exposition des items — Plume</title>").contains("<h1>Exposition des items</h1>")
                .contains("<main id=\"contenu\"").contains("Items les plus exposés");
        assertThat(attempts(page)).as("the diagnostic just started showed its first item: " + itemPage.length())
                .isEqualTo(before + 1);
        assertThat(browser.get(EXPOSURE + "?mode=CERTIFICATION&lang=en").body()).contains("Highest rate");
    }

    private static int attempts(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<dt>Tentatives</dt><dd>(\\d+)</dd>").matcher(page);
        assertThat(m.find()).as("attempts shown").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aRunsItemsDownloadAsAnXlsxWorkbook() throws Exception {
        BrowserSession browser = psychometrician.signedIn();
        String csrf = BrowserSession.csrfToken(browser.get("/admin/psychometrics/runs").body());
        HttpResponse<String> queued = browser.postForm("/admin/psychometrics/runs", Map.of("_csrf", csrf,
                "kind", "FIXED_ANCHOR", "from", "2020-01-01", "to", "2020-01-31"));
        String run = queued.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        HttpResponse<byte[]> xlsx = browser.getBytes(run + "/items.xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("items").getRow(0).getCell(0).getStringCellValue()).isEqualTo("item");
            assertThat(workbook.getSheet("items").getRow(0).getCell(12).getStringCellValue()).isEqualTo("flags");
        }
    }

    @Test
    void everyNewRouteRefusesAnonymousVisitorsStudentsAdministratorsAndAuthors() {
        String xlsx = "/admin/psychometrics/runs/" + UUID.randomUUID() + "/items.xlsx";
        List<String> pages = List.of(ITEMS, xlsx, EXPOSURE);
        List<String> forms = List.of(ITEMS + "/promote", ITEMS + "/pretest", ITEMS + "/retire");
        Map<String, String> fields = Map.of("item", UUID.randomUUID().toString(), "run", UUID.randomUUID().toString());

        for (ConsortiumAdmins.Account account : List.of(administrator, author)) {
            BrowserSession session = account.signedIn();
            String csrf = BrowserSession.csrfToken(session.get("/login").body());
            for (String page : pages) {
                assertThat(session.get(page).statusCode()).as(account.username() + " " + page).isEqualTo(403);
            }
            for (String form : forms) {
                Map<String, String> withCsrf = new HashMap<>(fields);
                withCsrf.put("_csrf", csrf);
                assertThat(session.postForm(form, withCsrf).statusCode()).as(account.username() + " " + form)
                        .isEqualTo(403);
            }
        }

        StudentLauncher.Session student = students.member("univ-psy-items").launch("student-psy", "link-psy",
                Map.of("plume_kind", "DIAGNOSTIC"));
        for (String page : pages) {
            assertThat(student.get(page).statusCode()).as("student " + page).isIn(302, 403);
            assertThat(student.get(page).body()).doesNotContain("Items en prétest");
        }

        BrowserSession anonymous = new BrowserSession(port);
        for (String page : pages) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        for (String form : forms) {
            assertThat(anonymous.postForm(form, fields).statusCode()).as(form).isIn(302, 403);
        }
        assertThat(catalog.published()).noneMatch(item -> item.item().id().toString().equals(fields.get("item")));
    }

    private Optional<PublishedItem> inForce(UUID id) {
        return catalog.published().stream().filter(item -> item.item().id().equals(id)).findFirst();
    }

    /** A fresh published item of its own, so no other test's bank changes. */
    private UUID publishedItem() {
        UUID id = UUID.randomUUID();
        AnswerSpec answer = new AnswerSpec.SingleChoice(List.of("juste", "faux", "autre"), 0);
        items.insertIfAbsent(new Item(id, "psy-pretest-" + id, 1, answer.type(), "1.1", 3, ItemText.fr("Consigne"),
                answer, ItemText.fr("Retour"), ItemText.fr("Règle"), IrtPrior.forLevel(3), Accessibility.FULL,
                MatchingPolicy.DEFAULT, "CC-BY-SA-4.0", List.of("Équipe Plume"), ItemStatus.PUBLISHED));
        return id;
    }
}
