package fr.plume.tool.psychometrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.ItemStewardship;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.itembank.application.ReviewItem;
import fr.plume.tool.psychometrics.application.CalibrateQueuedRuns;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.RunStatus;
import fr.plume.tool.psychometrics.support.PublishedCopies;
import fr.plume.tool.psychometrics.support.StoredAnswers;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A calibration run from answers stored in the database (August 2019, a window no other test uses)
 * executed in the background, its record on the page (window, settings, progress, convergence), and
 * an item it flags sent to the bank's review from the run's page: an author then finds it among the
 * items to review with its flags and their rules.
 */
@PlumeIntegrationTest
class RunItemsReviewPagesTest {

    private static final String PASSWORD = "run-review-pages-password";
    private static final Pattern RUN = Pattern.compile("/admin/psychometrics/runs/([0-9a-f-]{36})$");
    private static final Pattern REASON = Pattern.compile("name=\"reason\" value=\"([^\"]*)\"");
    private static final Pattern BACK = Pattern.compile("name=\"back\" value=\"([^\"]*)\"");

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
    ItemStewardship stewardship;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CalibrateQueuedRuns calibrate;
    @Autowired
    CalibrationRuns runs;
    @RegisterExtension
    final ConsortiumAdmins.Account psychometrician = ConsortiumAdmins.account("psychometrician-run-review", PASSWORD,
            Set.of(ToolRole.PSYCHOMETRICIAN));
    @RegisterExtension
    final ConsortiumAdmins.Account author = ConsortiumAdmins.account("author-run-review", PASSWORD,
            Set.of(ToolRole.AUTHOR));

    @Test
    void aPretestItemThatDoesNotDiscriminateIsFlaggedByTheRunAndSentToTheAuthorsReview() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        List<PublishedItem> form = catalog.published().stream().filter(item -> !item.pretest())
                .filter(item -> item.item().type() != ItemType.ESSAY).limit(20).toList();
        Item choiceItem = catalog.published().stream().map(PublishedItem::item)
                .filter(item -> item.answer() instanceof AnswerSpec.SingleChoice choice && choice.options().size() >= 3)
                .findFirst().orElseThrow();
        AnswerSpec.SingleChoice choice = (AnswerSpec.SingleChoice) choiceItem.answer();
        UUID weak = new PublishedCopies(drafts, review).of(choiceItem);
        assertThat(stewardship.startPretest(weak)).isTrue();
        StoredAnswers answers = new StoredAnswers(jdbc, 819);
        UUID member = answers.member("Université calibration");
        List<StoredAnswers.Shown> shown = new ArrayList<>();
        form.forEach(item -> shown.add(new StoredAnswers.Shown(item.item().id(), item.a(), item.b())));
        shown.add(new StoredAnswers.Shown(weak, 0.02, 0.0, choice.options().size(), choice.correct()));
        for (int i = 0; i < 400; i++) {
            answers.attempt(member, false, answers.nextTheta(0.0), shown, Instant.parse("2019-08-10T09:00:00Z"));
        }
        BrowserSession browser = psychometrician.signedIn();
        String csrf = BrowserSession.csrfToken(browser.get("/admin/psychometrics/runs").body());
        HttpResponse<String> queued = browser.postForm("/admin/psychometrics/runs", Map.of("_csrf", csrf,
                "kind", "FIXED_ANCHOR", "from", "2019-08-01", "to", "2019-08-31", "minResponses", "200"));
        Matcher run = RUN.matcher(queued.headers().firstValue("Location").orElseThrow());
        assertThat(run.find()).isTrue();
        UUID runId = UUID.fromString(run.group(1));
        while (runs.find(runId).orElseThrow().status() == RunStatus.QUEUED && calibrate.runNext()) {
            // older queued runs of other tests are claimed first, in request order
        }

        String page = browser.get("/admin/psychometrics/runs/" + runId + "?lang=fr").body();

        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(page).contains("Terminée").contains("<progress max=\"100\" value=\"100\"")
                .contains("cycles EM, convergée : true").containsPattern("400 tentatives, 8\\h?400 réponses")
                .contains("<dd>200</dd>").contains("1 août 2019");
        int start = page.indexOf("<code>" + weak + "</code>");
        assertThat(start).isPositive();
        String row = page.substring(start, page.indexOf("</tr>", start));
        assertThat(row).contains("Corrélation point-bisériale avec θ̂ inférieure à 0,15").contains("Envoyer en revue")
                .as("distractor analysis of the stored choices: wrong answers all chose one distractor")
                .contains("Distracteur choisi par moins de 5 % des candidats")
                .containsPattern((char) ('A' + choice.correct()) + "\\* 0\\.[0-9]{2} \\(")
                .contains((char) ('A' + unusedDistractor(choice)) + " 0.00 (");
        Matcher reason = REASON.matcher(row);
        Matcher back = BACK.matcher(row);
        assertThat(reason.find()).isTrue();
        assertThat(back.find()).isTrue();
        String comment = reason.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        assertThat(comment).startsWith("Psychométrie, calibration " + runs.find(runId).orElseThrow().version())
                .contains("low-point-biserial (Corrélation point-bisériale avec θ̂ inférieure à 0,15.)")
                .contains("n = 400");

        HttpResponse<String> sent = browser.postForm("/admin/psychometrics/review", Map.of("_csrf", csrf,
                "item", weak.toString(), "reason", comment, "back", back.group(1)));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(browser.follow(sent).body()).contains("L’item est en revue dans la banque");
        String toReview = author.signedIn().get("/author/items?lang=fr").body();
        String reviewSection = toReview.substring(toReview.indexOf("id=\"review-heading\""),
                toReview.indexOf("id=\"all-heading\""));
        assertThat(reviewSection).contains("/author/items/" + weak)
                .contains("demandé par psychometrician-run-review : Psychométrie, calibration")
                .contains("low-point-biserial");
    }

    /** The last option that is not the key: never chosen by the simulated candidates. */
    private static int unusedDistractor(AnswerSpec.SingleChoice choice) {
        int last = choice.options().size() - 1;
        return last == choice.correct() ? last - 1 : last;
    }
}
