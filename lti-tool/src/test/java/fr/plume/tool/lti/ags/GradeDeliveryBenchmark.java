package fr.plume.tool.lti.ags;

import fr.plume.tool.support.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.plume.tool.lti.ags.application.DrainGradeOutbox;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On demand, not in CI: 20,000 scores for 2,000 users (10 links) to a minimal local platform.
 * Run: mvn -B -ntp -o -pl lti-tool test -Dtest=GradeDeliveryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *      -Dsurefire.excludes=none
 */
@AgsIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = {"plume.ags.batch-size=500",
        "plume.ags.parallelism=32"})
class GradeDeliveryBenchmark {

    private static final int USERS = 2_000;
    private static final int LINKS = 10;

    @Autowired
    ApplicationContext context;
    @Autowired
    DrainGradeOutbox drain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @Test
    void delivers20000ScoresAtLeastAThousandPerSecond() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        AtomicInteger scores = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/token", ex -> {
            ex.getRequestBody().readAllBytes();
            tokens.incrementAndGet();
            byte[] body = "{\"access_token\":\"bench\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/li", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            scores.incrementAndGet();
            seen.add(ex.getRequestURI().getPath() + body);
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            AgsFixtures fx = new AgsFixtures(context, base);
            List<UUID> links = new ArrayList<>();
            for (int l = 0; l < LINKS; l++) {
                links.add(fx.link("bench-" + l, "diagnostic", URI.create(base + "/li"),
                        URI.create(base + "/li/" + l + "/lineitem"), AgsFixtures.ALL_SCOPES, null));
            }
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("""
                    INSERT INTO lti_user (id, member_id, issuer, subject, created_at, last_launch_at)
                    SELECT gen_random_uuid(), ?, ?, 'bench-' || g, ?, ? FROM generate_series(1, ?) g
                    """).params(fx.memberId, fx.issuer, now, now, USERS).update();
            jdbc.sql("""
                    INSERT INTO lti_grade_outbox (id, attempt_id, member_id, user_id, resource_link_id, mode,
                        score_given, score_maximum, score_timestamp, status, attempts, next_attempt_at, queued_at,
                        created_at, updated_at)
                    SELECT gen_random_uuid(), gen_random_uuid(), u.member_id, u.id, l.id, 'FORMATIVE',
                        (random() * 100)::int, 100, ?, 'PENDING', 0, ?, ?, ?, ?
                    FROM lti_user u CROSS JOIN lti_resource_link l
                    WHERE u.member_id = ? AND u.subject LIKE 'bench-%' AND l.member_id = ?
                    """).params(now, now, now, now, now, fx.memberId, fx.memberId).update();
            long total = jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE member_id = ? AND status = 'PENDING'")
                    .param(fx.memberId).query(Long.class).single();
            assertThat(total).isEqualTo((long) USERS * LINKS);

            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            long maxHeapDuring = heapBefore;
            long start = System.nanoTime();
            int claimed;
            int batches = 0;
            do {
                claimed = drain.drainOnce();
                if (++batches % 20 == 0) {
                    maxHeapDuring = Math.max(maxHeapDuring, rt.totalMemory() - rt.freeMemory());
                }
            } while (claimed > 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();

            long delivered = jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE member_id = ? AND status = 'DELIVERED'")
                    .param(fx.memberId).query(Long.class).single();
            double rate = delivered / seconds;
            System.out.printf("AGS benchmark: %d scores in %.2f s = %.0f scores/s; token requests %d; "
                            + "platform received %d (distinct %d); heap after GC %d MB -> %d MB, max sampled %d MB%n",
                    delivered, seconds, rate, tokens.get(), scores.get(), seen.size(), heapBefore >> 20,
                    heapAfter >> 20, maxHeapDuring >> 20);
            assertThat(delivered).isEqualTo(total);
            assertThat(scores.get()).isEqualTo((int) total);
            assertThat(seen).hasSize((int) total);
            assertThat(tokens.get()).isEqualTo(1);
            assertThat(rate).isGreaterThanOrEqualTo(1_000);
        } finally {
            server.stop(0);
        }
    }
}
