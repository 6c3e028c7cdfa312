package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.DeliveryTest;
import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

/**
 * The Prometheus scrape (docs/operations.md, "Monitoring"): refused without the scrape token,
 * and showing the tool's own meters, which move with what people do; the sample alert rules
 * read only series a node exposes.
 */
@PlumeIntegrationTest
class MetricsScrapeTest {

    private static final Path ALERTS = Path.of("..", "docker", "prometheus", "alerts.yml");
    /** PromQL words that are not series names. */
    private static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "count", "rate", "increase",
            "irate", "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool",
            "clamp_min", "clamp_max", "histogram_quantile", "absent", "offset", "topk", "bottomk", "time");

    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @LocalServerPort
    int port;
    @Value("${plume.metrics.scrape-token}")
    String scrapeToken;

    @Test
    void theScrapeIsRefusedWithoutTheScrapeToken() {
        Http http = new Http(port);

        HttpResponse<String> anonymous = http.get(MetricsScrapeSecurity.PATH);
        HttpResponse<String> wrong = http.get(MetricsScrapeSecurity.PATH, "Authorization",
                "Bearer " + scrapeToken + "x");
        HttpResponse<String> basic = http.get(MetricsScrapeSecurity.PATH, "Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString(("metrics:" + scrapeToken).getBytes()));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(anonymous.body() + wrong.body()).doesNotContain("plume_");
    }

    @Test
    void aStudentsLaunchAnswerAndARefusedLaunchShowInTheScrape() throws IOException {
        importItems.importMatching("classpath*:samples/items/*.json");
        Map<String, Double> before = samples(scrape());
        StudentLauncher.Session student = students.member("metrics-univ").launch("metrics-student", "metrics-link",
                Map.of());
        answerOnePracticeItem(student);
        refusedLaunch();

        String scrape = scrape();
        Map<String, Double> after = samples(scrape);

        assertThat(delta(before, after, "plume_launches_total{outcome=\"accepted\"}")).isEqualTo(1.0);
        assertThat(delta(before, after, "plume_launches_total{outcome=\"refused\"}")).isEqualTo(1.0);
        assertThat(delta(before, after, "plume_answers_saved_total")).isEqualTo(1.0);
        assertThat(delta(before, after, "plume_problems_total{code=\"LTI-STATE-MISSING\",status=\"400\"}"))
                .isEqualTo(1.0);
        assertThat(after).containsKeys("plume_ags_outbox_pending", "plume_ags_outbox_oldest_age_seconds",
                "plume_ags_outbox_dead", "plume_sync_runs_total{result=\"succeeded\"}",
                "plume_sync_runs_total{result=\"failed\"}");
        assertThat(scrape).contains("# TYPE plume_launches_total counter")
                .contains("# TYPE plume_ags_outbox_oldest_age_seconds gauge");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSampleAlertRulesParseAndReadOnlySeriesTheToolExposes() throws IOException {
        new Http(port).get("/"); // one request served, so the HTTP server meters exist
        refusedLaunch(); // one problem answered, so its counter exists
        Set<String> exposed = names(scrape());
        List<String> expressions = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ALERTS)) {
            Map<String, Object> rules = new Yaml().load(in);
            for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    assertThat(rule).containsKeys("alert", "expr");
                    expressions.add(String.valueOf(rule.get("expr")));
                }
            }
        }

        assertThat(expressions).hasSizeGreaterThan(5);
        Set<String> referenced = new TreeSet<>();
        expressions.forEach(expr -> referenced.addAll(seriesIn(expr)));
        assertThat(referenced).contains("plume_launches_total", "plume_answers_saved_total",
                "plume_ags_outbox_oldest_age_seconds", "plume_ags_outbox_pending", "plume_sync_runs_total",
                "plume_problems_total");
        referenced.remove("up"); // Prometheus's own series for each target
        assertThat(exposed).containsAll(referenced);
    }

    @Test
    void aScrapeTokenTooShortToBeASecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> MetricsScrapeSecurity.scrapeTokens("short-token"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("24");
        assertThat(MetricsScrapeSecurity.scrapeTokens("").authenticate("")).isEmpty();
    }

    private void answerOnePracticeItem(StudentLauncher.Session student) {
        String home = student.get("/app").body();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("mode", List.of("FORMATIVE"));
        form.put("competency", List.of(catalog.published().get(0).item().competency()));
        String attempt = StudentLauncher.Session.location(student.post("/app/attempts", home, form));
        String page = student.get(attempt.substring(attempt.indexOf("/app/"))).body();
        HttpResponse<String> saved = student.post(attempt.substring(attempt.indexOf("/app/")) + "/answer", page,
                DeliveryTest.answerFor(page, StudentLauncher.Session.token(page)));
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    /** A launch POST without state: refused with LTI-STATE-MISSING. */
    private void refusedLaunch() {
        Http http = new Http(port);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(http.uri("/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id_token=x")).build());
        assertThat(refused.body()).contains("LTI-STATE-MISSING");
    }

    private String scrape() {
        HttpResponse<String> response = new Http(port).get(MetricsScrapeSecurity.PATH, "Authorization",
                "Bearer " + scrapeToken);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Each sample line's series (name and labels, as printed) and value. */
    private static Map<String, Double> samples(String scrape) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }

    private static Set<String> names(String scrape) {
        Set<String> names = new TreeSet<>();
        samples(scrape).keySet().forEach(series -> names.add(series.replaceAll("[{ ].*$", "")));
        return names;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        assertThat(after).containsKey(series);
        return after.get(series) - before.getOrDefault(series, 0.0);
    }

    /** The series names a PromQL expression reads: its words, without strings, label matchers, ranges and keywords. */
    static Set<String> seriesIn(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher word = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
        while (word.find()) {
            if (!PROMQL.contains(word.group())) {
                names.add(word.group());
            }
        }
        return names;
    }
}
