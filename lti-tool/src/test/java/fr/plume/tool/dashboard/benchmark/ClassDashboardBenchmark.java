package fr.plume.tool.dashboard.benchmark;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.nrps.domain.Rosters;
import fr.plume.tool.lti.nrps.domain.Rosters.RosterEntry;
import fr.plume.tool.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the class dashboard of member bench-01's course FLE-1 (1,000 students) on the data of
 * {@link UsageDataGenerator}, over real HTTP with a real instructor session: a {@link TestPlatform}
 * registered for bench-01 under the generated platform's issuer signs an LTI launch of the course's
 * teacher, then the page is requested 20 times (or {@code --warm-up N}) to warm up and 100 times measured (target: p95 ≤ 150
 * ms), then the XLSX export once warm and timed (target ≤ 2 s with {@code -Xmx512m}). The times are
 * round trips over loopback, i.e. the server time plus the transfer of the response. The generated
 * platform offers no NRPS endpoint, so the benchmark caches a roster of the 1,000 students (as a
 * refresh would) before measuring: every request reads the cached roster and none calls the
 * platform. With {@code --explain} it prints instead the EXPLAIN ANALYZE of the page's per-course
 * queries ({@code --analyze} first refreshes the planner's statistics). Run on demand
 * (docs/performance.md), never in CI.
 */
public final class ClassDashboardBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 100;
    private static final int EXPORT_RUNS = 3;
    private static final String ISSUER = "https://moodle-1.bench.test";
    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private ClassDashboardBenchmark() {
    }

    /** {@code --warm-up N} requests before the measured ones (default {@value #WARM_UP}). */
    private static int warmUp(String[] args) {
        List<String> options = List.of(args);
        int at = options.indexOf("--warm-up");
        return at >= 0 && at + 1 < options.size() ? Integer.parseInt(options.get(at + 1)) : WARM_UP;
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext tool = BenchmarkTool.start(false);
                TestPlatform platform = new TestPlatform(ISSUER, "plume-bench-dashboard-" + UUID.randomUUID(), "1")) {
            JdbcClient jdbc = tool.getBean(JdbcClient.class);
            UUID member = jdbc.sql("SELECT id FROM member WHERE code = 'bench-01'").query(UUID.class).single();
            UUID course = jdbc.sql("SELECT id FROM lti_context WHERE member_id = :m AND label = 'FLE-1'")
                    .param("m", member).query(UUID.class).single();
            platform.register(tool.getBean(PlatformRegistrations.class), tool.getBean(Members.class), "bench-01");
            cacheRoster(tool, member, course);
            if (List.of(args).contains("--analyze")) {
                jdbc.sql("ANALYZE").update();
            }
            if (List.of(args).contains("--explain")) {
                explain(jdbc, member, course);
                return;
            }
            int port = Integer.parseInt(tool.getEnvironment().getRequiredProperty("local.server.port"));
            String cookie = new LaunchFlow(new Http(port), platform).launchResourceLink("teacher-0", List.of(INSTRUCTOR),
                    Map.of("id", "1", "label", "FLE-1", "title", "Français écrit, groupe 1"),
                    Map.of("id", "0-DIAGNOSTIC", "title", "Diagnostic"), Map.of(), Map.of()).cookie();
            HttpClient client = HttpClient.newHttpClient();
            URI page = URI.create("http://localhost:" + port + "/class/" + course);
            for (int i = 0; i < warmUp(args); i++) {
                get(client, page, cookie);
            }
            List<Double> millis = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                bytes = get(client, page, cookie);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("class dashboard FLE-1 (%d students, page of %d bytes), %d runs: min %.0f ms, median %.0f ms,"
                    + " p95 %.0f ms, max %.0f ms%n", 1000, bytes, RUNS, millis.get(0), millis.get(RUNS / 2),
                    millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1));
            export(client, URI.create(page + "/export.xlsx"), cookie);
        }
    }

    /** EXPLAIN ANALYZE of the dashboard's per-course queries (the SQL of the repositories, with this course). */
    private static void explain(JdbcClient jdbc, UUID member, UUID course) {
        String published = "(a.mode <> 'CERTIFICATION' OR EXISTS (SELECT 1 FROM assessment_certification_result r"
                + " WHERE r.attempt_id = a.id AND r.member_id = a.member_id AND r.status = 'PUBLISHED'))";
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("activity", "SELECT a.user_id, a.resource_link_id, count(*), count(*) FILTER (WHERE a.status = 'COMPLETED'),"
                + " bool_or(a.status = 'IN_PROGRESS'), max(greatest(a.started_at, a.completed_at)) FROM assessment_attempt a"
                + " WHERE a.member_id = :member AND a.context_id = :context GROUP BY a.user_id, a.resource_link_id");
        queries.put("latestEstimates", "SELECT DISTINCT ON (a.user_id, c.competency) a.user_id, c.competency, c.level,"
                + " c.level_probability, c.standard_error, c.item_count, a.mode, a.resource_link_id, a.completed_at"
                + " FROM assessment_attempt a JOIN assessment_attempt_competency c ON c.attempt_id = a.id AND c.member_id = a.member_id"
                + " WHERE a.member_id = :member AND a.context_id = :context AND a.status = 'COMPLETED' AND " + published
                + " ORDER BY a.user_id, c.competency, a.completed_at DESC, a.id");
        queries.put("outcomes", "SELECT a.user_id, a.id, a.resource_link_id, a.mode, a.level, a.completed_at"
                + " FROM assessment_attempt a WHERE a.member_id = :member AND a.context_id = :context AND a.status = 'COMPLETED'"
                + " AND a.level IS NOT NULL AND " + published + " ORDER BY a.completed_at, a.id");
        queries.put("itemDifficulty", "SELECT i.item_id, i.competency, count(*), count(*) FILTER (WHERE i.correct),"
                + " count(DISTINCT a.user_id) FROM assessment_attempt a"
                + " JOIN assessment_attempt_item i ON i.attempt_id = a.id AND i.member_id = a.member_id"
                + " WHERE a.member_id = :member AND a.context_id = :context AND a.mode IN ('DIAGNOSTIC', 'FORMATIVE')"
                + " AND i.correct IS NOT NULL GROUP BY i.item_id, i.competency");
        queries.put("launchers", "SELECT u.id, u.subject, u.name, u.given_name, u.family_name, e.roles, e.last_launch_at"
                + " FROM lti_enrolment e JOIN lti_user u ON u.id = e.user_id AND u.member_id = e.member_id"
                + " WHERE e.member_id = :member AND e.context_id = :context");
        queries.put("roster", "SELECT r.subject, u.id, r.name, r.given_name, r.family_name, r.email, r.roles, r.status, r.groups"
                + " FROM lti_roster_member r JOIN lti_context c ON c.id = r.context_id AND c.member_id = r.member_id"
                + " LEFT JOIN lti_user u ON u.member_id = r.member_id AND u.issuer = c.issuer AND u.subject = r.subject"
                + " WHERE r.context_id = :context AND r.member_id = :member"
                + " ORDER BY r.family_name NULLS LAST, r.given_name NULLS LAST, r.subject");
        queries.forEach((name, sql) -> {
            for (int i = 0; i < 3; i++) {
                List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).param("member", member)
                        .param("context", course).query(String.class).list();
                if (i == 2) {
                    System.out.println("== " + name);
                    plan.forEach(System.out::println);
                }
            }
        });
    }

    /** What a successful NRPS refresh would have cached: the teacher and the 1,000 students, in 4 groups. */
    private static void cacheRoster(ConfigurableApplicationContext tool, UUID member, UUID course) {
        List<RosterEntry> entries = new ArrayList<>(IntStream.range(0, 1000).mapToObj(n -> new RosterEntry(
                "student-" + n, "Étudiant·e " + n, "Prénom" + n, "Nom" + n, "etudiant" + n + "@example.org",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), "Active",
                List.of("groupe-" + (n % 4)))).toList());
        entries.add(new RosterEntry("teacher-0", "Enseignant·e", "Prénom", "Nom", "enseignant@example.org",
                List.of(INSTRUCTOR), "Active"));
        tool.getBean(TransactionTemplate.class).executeWithoutResult(
                s -> tool.getBean(Rosters.class).replace(member, course, entries, Instant.now()));
    }

    private static void export(HttpClient client, URI export, String cookie) throws Exception {
        get(client, export, cookie); // warm-up
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        for (int i = 0; i < EXPORT_RUNS; i++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long bytes = get(client, export, cookie);
            double millis = (System.nanoTime() - start) / 1e6;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("XLSX export FLE-1: %d bytes in %.0f ms, peak heap (sum of pool peaks) %d MB of max %d MB%n",
                    bytes, millis, peak >> 20, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
        }
    }

    /** GETs {@code uri} with the session, reads the whole body and returns its length. */
    private static long get(HttpClient client, URI uri, String cookie) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).header("Cookie", cookie)
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            long length = body.transferTo(OutputStream.nullOutputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return length;
        }
    }
}
