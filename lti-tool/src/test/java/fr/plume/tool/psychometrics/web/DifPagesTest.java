package fr.plume.tool.psychometrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.itembank.application.ReviewItem;
import fr.plume.tool.psychometrics.support.PublishedCopies;
import fr.plume.tool.psychometrics.support.StoredAnswers;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The DIF page over real HTTP on answers stored in the database (June 2019, a window no other test
 * uses): member A's candidates meet one item 1.5 logit harder than everyone else's; a psychometrician
 * compares A with all the others, finds the item in ETS class C, exports the results, sends the
 * item to review, and an author finds it among the items to review with the flag and its rule.
 */
@fr.plume.tool.support.PlumeIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifPagesTest {

    private static final String PASSWORD = "dif-pages-password";
    private static final String DIF = "/admin/psychometrics/dif";
    private static final String WINDOW = "&from=2019-06-01&to=2019-06-30";
    private static final Instant ANSWERED = Instant.parse("2019-06-15T10:00:00Z");
    private static final Pattern REASON = Pattern.compile("name=\"reason\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    DraftIntake drafts;
    @Autowired
    ReviewItem review;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final ConsortiumAdmins.Account psychometrician = ConsortiumAdmins.account("psychometrician-dif", PASSWORD,
            Set.of(ToolRole.PSYCHOMETRICIAN));
    @RegisterExtension
    final ConsortiumAdmins.Account author = ConsortiumAdmins.account("author-dif", PASSWORD, Set.of(ToolRole.AUTHOR));
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account("admin-dif", PASSWORD);

    private UUID memberA;
    private UUID memberB;
    private UUID memberC;
    private UUID unfair;

    @BeforeAll
    void storeAnswers() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        List<PublishedItem> form = catalog.published().stream().filter(item -> !item.pretest())
                .filter(item -> item.item().type() != ItemType.ESSAY).limit(24).toList();
        unfair = new PublishedCopies(drafts, review).of(form.get(0).item());
        StoredAnswers answers = new StoredAnswers(jdbc, 2019);
        memberA = answers.member("Université DIF A");
        memberB = answers.member("Université DIF B");
        memberC = answers.member("Université DIF C");
        List<StoredAnswers.Shown> shown = new ArrayList<>();
        form.forEach(item -> shown.add(new StoredAnswers.Shown(item.item().id(), item.a(), item.b())));
        for (int i = 0; i < 260; i++) {
            answers.attempt(memberA, i % 2 == 0, answers.nextTheta(-0.2),
                    with(shown, new StoredAnswers.Shown(unfair, 1.0, 1.5)), ANSWERED);
            answers.attempt(memberB, i % 2 == 1, answers.nextTheta(0.0),
                    with(shown, new StoredAnswers.Shown(unfair, 1.0, 0.0)), ANSWERED);
        }
        for (int i = 0; i < 60; i++) {
            answers.attempt(memberC, false, answers.nextTheta(0.0),
                    with(shown, new StoredAnswers.Shown(unfair, 1.0, 0.0)), ANSWERED);
        }
    }

    @Test
    void aMemberComparedWithAllOthersShowsTheUnfairItemInClassCAndItGoesToTheAuthorsReview() throws Exception {
        BrowserSession browser = psychometrician.signedIn();
        String query = "?comparison=MEMBERS&focal=" + memberA + "&reference=all" + WINDOW;

        String page = browser.get(DIF + query + "&lang=fr").body();

        assertThat(page).contains("<title>Fonctionnement différentiel des items — Plume</title>")
                .contains("<h1>Fonctionnement différentiel des items</h1>")
                .contains("Université DIF A (focal) et Tous les autres membres (référence)")
                .contains("<dd>320</dd>").contains("<dd>260</dd>").doesNotContain("data-refused");
        String row = rowOf(page, unfair);
        assertThat(row).contains("<td>320 / 260</td>").contains("<td>C</td>").contains("Envoyer en revue");
        Matcher reason = REASON.matcher(row);
        assertThat(reason.find()).isTrue();
        String comment = unescape(reason.group(1));
        assertThat(comment).contains("classe ETS C").contains("Université DIF A (focal)")
                .contains("Règle : Fonctionnement différentiel : catégorie ETS B ou C");

        HttpResponse<String> csv = browser.get(DIF + "/items.csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("item,reference_n,focal_n,mh_odds_ratio,mh_d_dif,mh_d_dif_se,mh_chi2,mh_p,ets,")
                .containsPattern(unfair + ",320,260,[0-9.]+,-[0-9.]+,[0-9.]+,[0-9.e+-]+,[0-9.e+-]+,C,");
        HttpResponse<byte[]> xlsx = browser.getBytes(DIF + "/items.xlsx" + query);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("dif");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("ets");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("flagged first").isEqualTo(unfair.toString());
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isLessThan(-1.5);
        }

        String back = DIF + query;
        HttpResponse<String> sent = browser.postForm("/admin/psychometrics/review", Map.of(
                "_csrf", BrowserSession.csrfToken(page), "item", unfair.toString(), "reason", comment, "back", back));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(back);
        assertThat(browser.follow(sent).body()).contains("L’item est en revue dans la banque");
        BrowserSession writer = author.signedIn();
        String toReview = writer.get("/author/items?lang=fr").body();
        String reviewSection = toReview.substring(toReview.indexOf("id=\"review-heading\""),
                toReview.indexOf("id=\"all-heading\""));
        assertThat(reviewSection).contains("/author/items/" + unfair)
                .contains("demandé par psychometrician-dif : Psychométrie, fonctionnement différentiel entre "
                        + "Université DIF A (focal)")
                .contains("classe ETS C");
        assertThat(writer.get("/author/items/" + unfair + "?lang=fr").body()).contains("classe ETS C")
                .contains("Règle : Fonctionnement différentiel");
        assertThat(catalog.published()).as("the published version stays in delivery until a reviewer decides")
                .anyMatch(item -> item.item().id().equals(unfair) && item.itemVersion() == 1);
    }

    @Test
    void groupsTooSmallAreRefusedWithTheirSizesAndInvalidGroupsAreRefused() {
        BrowserSession browser = psychometrician.signedIn();
        String small = "?comparison=MEMBERS&focal=" + memberA + "&reference=" + memberC + WINDOW;

        String page = browser.get(DIF + small + "&lang=fr").body();

        assertThat(page).contains("data-refused=\"too-few\"").contains("Trop peu de réponses : il faut au moins 200")
                .contains("<dd>60</dd>").contains("<dd>260</dd>").doesNotContain("<caption>");
        HttpResponse<String> csv = browser.get(DIF + "/items.csv" + small);
        assertThat(csv.statusCode()).isEqualTo(422);
        assertThat(csv.body()).contains("PSY-DIF-TOO-FEW");
        HttpResponse<String> same = browser.get(DIF + "?comparison=MEMBERS&focal=" + memberA + "&reference="
                + memberA + WINDOW);
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("PSY-DIF-GROUPS");
        assertThat(browser.get(DIF + "?comparison=MEMBERS&focal=" + UUID.randomUUID() + WINDOW).statusCode())
                .isEqualTo(400);
        assertThat(browser.get(DIF + "?comparison=MEMBERS&focal=" + memberA + "&from=2019-06-30&to=2019-06-01")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void candidatesWithAccommodationsAreComparedWithThoseWithout() {
        BrowserSession browser = psychometrician.signedIn();

        String page = browser.get(DIF + "?comparison=ACCOMMODATIONS" + WINDOW + "&lang=en").body();

        assertThat(page).contains("Results: with accommodations (focal) and without (reference)")
                .contains("<dd>320</dd>").contains("<dd>260</dd>").contains("<caption>Items analysed</caption>");
        assertThat(rowOf(page, unfair)).as("the unfair item is fair between these groups")
                .doesNotContain("<td>C</td>");
    }

    @Test
    void thePageAndItsExportsAndTheReviewFormAreTheirPsychometriciansOnly() {
        String query = "?comparison=ACCOMMODATIONS" + WINDOW;
        BrowserSession admin = administrator.signedIn();
        BrowserSession writer = author.signedIn();
        for (String path : List.of(DIF, DIF + "/items.csv" + query, DIF + "/items.xlsx" + query)) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(writer.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(new BrowserSession(port).get(path).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login");
        }
        String csrf = BrowserSession.csrfToken(writer.get("/author/items/" + unfair).body());
        assertThat(writer.postForm("/admin/psychometrics/review", Map.of("_csrf", csrf, "item", unfair.toString(),
                "reason", "x")).statusCode()).isEqualTo(403);
        BrowserSession browser = psychometrician.signedIn();
        assertThat(browser.postForm("/admin/psychometrics/review", Map.of("item", unfair.toString(), "reason", "x"))
                .statusCode()).as("without the CSRF token").isEqualTo(403);
        String page = browser.get("/admin/psychometrics/runs").body();
        HttpResponse<String> elsewhere = browser.postForm("/admin/psychometrics/review", Map.of(
                "_csrf", BrowserSession.csrfToken(page), "item", UUID.randomUUID().toString(), "reason", "x",
                "back", "https://example.org/"));
        assertThat(elsewhere.statusCode()).as("an unknown item").isEqualTo(404);
        assertThat(browser.postForm("/admin/psychometrics/review", Map.of("_csrf", BrowserSession.csrfToken(page),
                "item", unfair.toString(), "reason", " ")).statusCode()).isEqualTo(400);
    }

    private static List<StoredAnswers.Shown> with(List<StoredAnswers.Shown> form, StoredAnswers.Shown item) {
        List<StoredAnswers.Shown> all = new ArrayList<>(form);
        all.add(item);
        return all;
    }

    private static String rowOf(String page, UUID item) {
        int start = page.indexOf("<code>" + item + "</code>");
        assertThat(start).as("row of " + item).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
