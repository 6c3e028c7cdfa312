package fr.plume.tool.assessment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.PlumeApplication;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.ags.application.GradeMetrics;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two tool nodes on one PostgreSQL behind a load balancer without sticky sessions (issue 18,
 * docs/operations.md): every HTTP request of the browser goes to the other node than the one
 * before (the OIDC login to one, the launch POST to the other, each page and each answer in turn),
 * so nothing a request needs may live in one node's memory: session, launch state, nonce, CSRF
 * token, item token, attempt, essay, grade outbox.
 */
class TwoNodeJourneyTest {

    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");
    private static final String SCORES = "/lineitems/9/lineitem/scores";

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    private Http http;
    private StudentLauncher univ;

    @BeforeAll
    static void start() throws Exception {
        nodeA = node();
        nodeB = node();
        nodeA.getBean(ImportItems.class).importMatching("classpath*:samples/items/*.json");
    }

    /** A whole tool, as a deployment starts it, on the tests' shared embedded PostgreSQL. */
    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(PlumeApplication.class).profiles("test")
                .run("--server.port=0", "--plume.ags.poll-interval=PT0.2S");
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @AfterEach
    void closePlatform() {
        if (univ != null) {
            univ.close();
        }
    }

    private StudentLauncher launcher(String memberCode) {
        http = Http.alternating(port(nodeA), port(nodeB));
        univ = StudentLauncher.over(http, nodeA.getBean(PlatformRegistrations.class), nodeA.getBean(Members.class),
                memberCode + "-" + UUID.randomUUID().toString().substring(0, 6));
        return univ;
    }

    @Test
    void aDiagnosticTakenOnBothNodesIsSavedAnswerByAnswerAndItsGradeReachesThePlatformOnce() {
        StudentLauncher univ = launcher("two-nodes");
        WireMockServer platform = univ.platform().server();
        platform.stubFor(post(TestPlatform.TOKEN_PATH).willReturn(okJson(
                "{\"access_token\":\"token-2n\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        platform.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)));
        String base = platform.baseUrl();
        Map<String, Object> ags = Map.of("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", base + "/lineitems", "lineitem", base + "/lineitems/9/lineitem"));
        double deliveredBefore = delivered();

        StudentLauncher.Session student = univ.launch("student-2n", "link-2n", Map.of(),
                List.of(StudentLauncher.LEARNER), "2", ags).session();
        assertThat(http.served()).as("OIDC login on node A, launch POST on node B")
                .containsExactly(port(nodeA), port(nodeB));

        UUID attempt = start(student, "DIAGNOSTIC", null);
        int answered = 0;
        for (HttpResponse<String> page = student.get("/app/attempts/" + attempt); page.statusCode() == 200;
                page = student.get("/app/attempts/" + attempt)) {
            HttpResponse<String> saved = student.post("/app/attempts/" + attempt + "/answer", page.body(),
                    DeliveryTest.answerFor(page.body(), StudentLauncher.Session.token(page.body())));
            assertThat(saved.statusCode()).as("answer %d", answered + 1).isEqualTo(302);
            answered++;
            assertThat(answeredItems(attempt)).as("saved before the next item, whichever node took it")
                    .isEqualTo(answered);
            assertThat(answered).as("the diagnostic ends").isLessThan(40);
        }
        String result = student.get("/app/attempts/" + attempt + "/result").body();

        assertThat(result).contains("Résultat du diagnostic").contains("Votre profil : niveau par domaine");
        assertThat(answered).isGreaterThanOrEqualTo(15);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outboxStatus(attempt))
                .isEqualTo("DELIVERED"));
        platform.verify(1, postRequestedFor(urlPathEqualTo(SCORES)));
        assertThat(delivered() - deliveredBefore).as("delivered once, by one of the two nodes").isEqualTo(1.0);
        assertThatEveryRequestWentToTheOtherNode();
    }

    @Test
    void anEssayWrittenAndMarkedAcrossBothNodesShowsItsMarkToTheStudent() {
        StudentLauncher univ = launcher("two-nodes-essay");
        String competency = nodeA.getBean(ItemCatalog.class).published().stream()
                .filter(p -> p.item().type() == ItemType.ESSAY).map(p -> p.item().competency()).sorted()
                .findFirst().orElseThrow();
        StudentLauncher.Session student = univ.launch("writer-2n", "link-w2n", Map.of());
        UUID attempt = start(student, "FORMATIVE", competency);
        String page = student.get("/app/attempts/" + attempt).body();
        assertThat(page).contains("data-item-type=\"ESSAY\"");
        String text = "Rédaction sur deux nœuds " + UUID.randomUUID();
        HttpResponse<String> sent = student.post("/app/attempts/" + attempt + "/answer", page,
                Map.of("token", List.of(StudentLauncher.Session.token(page)), "essay", List.of(text)));
        assertThat(StudentLauncher.Session.location(sent)).endsWith("/result");
        UUID context = jdbc().sql("SELECT context_id FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(UUID.class).single();

        StudentLauncher.Session teacher = univ.launch("teacher-2n", "link-w2n", Map.of(), StudentLauncher.INSTRUCTOR,
                "2");
        String essays = "/class/" + context + "/essays";
        String marking = teacher.get(essays).body();
        assertThat(marking).contains(text);
        Map<String, List<String>> marks = new LinkedHashMap<>();
        Map<Integer, Integer> rubric = EssayMarkingTest.criteria(marking);
        assertThat(rubric).isNotEmpty();
        rubric.forEach((index, max) -> marks.put("points-" + index, List.of(String.valueOf(max))));
        HttpResponse<String> saved = teacher.post(essays + "/" + attempt + "/1", marking, marks);

        assertThat(StudentLauncher.Session.location(saved)).endsWith(essays + "?marked=1");
        int maximum = rubric.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(student.get("/app/attempts/" + attempt + "/result").body())
                .contains("Texte corrigé : " + maximum + " points sur " + maximum);
        assertThatEveryRequestWentToTheOtherNode();
    }

    private UUID start(StudentLauncher.Session session, String mode, String competency) {
        String home = session.get("/app").body();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("mode", List.of(mode));
        if (competency != null) {
            form.put("activity", List.of("WRITING"));
            form.put("competency", List.of(competency));
        }
        HttpResponse<String> started = session.post("/app/attempts", home, form);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher m = ATTEMPT.matcher(StudentLauncher.Session.location(started));
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private void assertThatEveryRequestWentToTheOtherNode() {
        List<Integer> served = http.served();
        assertThat(served.size()).isGreaterThan(6);
        for (int i = 1; i < served.size(); i++) {
            assertThat(served.get(i)).as("request %d", i + 1).isNotEqualTo(served.get(i - 1));
        }
        assertThat(served).contains(port(nodeA), port(nodeB));
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }

    private static long answeredItems(UUID attempt) {
        return jdbc().sql("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL")
                .param("a", attempt).query(Long.class).single();
    }

    private static String outboxStatus(UUID attempt) {
        return jdbc().sql("SELECT status FROM lti_grade_outbox WHERE attempt_id = :a").param("a", attempt)
                .query(String.class).optional().orElse(null);
    }

    private static double delivered() {
        return nodeA.getBean(GradeMetrics.class).count("delivered") + nodeB.getBean(GradeMetrics.class).count("delivered");
    }
}
