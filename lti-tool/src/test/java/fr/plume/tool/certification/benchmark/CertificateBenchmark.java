package fr.plume.tool.certification.benchmark;

import fr.plume.tool.PlumeApplication;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.application.IssueCertificate;
import fr.plume.tool.certification.CertificateFixtures;
import fr.plume.tool.demo.loadgen.LoopbackHttp;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On demand, not in CI (docs/performance.md): publishes a session of N candidates in one
 * transaction, issues their certificates (PDF/A-3 signed + VC-JWT) with the issue workers of one
 * node, then drives the public verification JSON endpoint over HTTP from many client addresses
 * (X-Forwarded-For through the loopback proxy). The tool and the load run in this one JVM, so run
 * it with the heap limit to check: {@code java -Xmx512m ... CertificateBenchmark}.
 * Options: --certificates 1000 --workers 2 --verify-seconds 20 --clients 16
 */
public final class CertificateBenchmark {

    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = option(args, "--certificates", 1000);
        int workers = option(args, "--workers", 2);
        int seconds = option(args, "--verify-seconds", 20);
        int clients = option(args, "--clients", 16);
        ConfigurableApplicationContext tool = new SpringApplicationBuilder(PlumeApplication.class)
                .profiles("test")
                .properties("server.port=0", "plume.db.embedded.data-dir=target/bench-pg",
                        "plume.db.embedded.clean-on-start=true", "plume.certification.issue-worker-enabled=false",
                        "plume.certification.verifications-per-minute=1000000000", "plume.ags.worker-enabled=false",
                        "logging.level.root=WARN", "logging.level.fr.plume=WARN")
                .run();
        try {
            IssuedCertificates issued = new IssuedCertificates(tool);
            String framework = issued.framework().versionId().toString();
            issued.drain();
            warmUp(issued);
            Clock clock = tool.getBean(Clock.class);
            UUID member = UUID.randomUUID();
            tool.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    CandidateCertified event = CertificateFixtures.published(member, UUID.randomUUID(),
                            "Candidat·e " + i, framework, clock.instant());
                    tool.publishEvent(event);
                }
            });
            long before = usedHeapPeakReset();
            long start = System.nanoTime();
            issueWith(tool.getBean(IssueCertificate.class), workers);
            double issueSeconds = (System.nanoTime() - start) / 1e9;
            long peak = usedHeapPeakReset();
            int stored = tool.getBean(JdbcClient.class).sql(
                    "SELECT count(*) FROM certification_certificate WHERE member_id = :m").param("m", member)
                    .query(Integer.class).single();
            System.out.printf("issue: %d certificates (PDF/A-3 signed + VC-JWT) in %.1f s = %.1f /s, %d workers; "
                    + "heap max %d MB, peak used %d MB (before %d MB)%n", stored, issueSeconds, stored / issueSeconds,
                    workers, Runtime.getRuntime().maxMemory() >> 20, peak >> 20, before >> 20);
            List<String> codes = tool.getBean(JdbcClient.class).sql(
                    "SELECT code FROM certification_certificate WHERE member_id = :m").param("m", member)
                    .query(String.class).list();
            int port = tool.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            verify(port, codes, clients, 3);
            verify(port, codes, clients, seconds);
        } finally {
            tool.close();
        }
    }

    private static void warmUp(IssuedCertificates issued) {
        for (int i = 0; i < 20; i++) {
            issued.issued("Échauffement " + i);
        }
    }

    private static void issueWith(IssueCertificate issue, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(pool.submit(() -> {
                while (issue.drainOnce() > 0) {
                    // until the queue is empty
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    private static void verify(int port, List<String> codes, int clients, int seconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong other = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                try (LoopbackHttp http = new LoopbackHttp()) {
                    int i = client;
                    while (System.nanoTime() < end) {
                        String code = codes.get(i++ % codes.size());
                        LoopbackHttp.Response response = http.get("http://127.0.0.1:" + port + "/verify/" + code
                                + ".json", Map.of("X-Forwarded-For", "10.9." + client + "." + (i % 250 + 1)), false);
                        (response.status() == 200 ? ok : other).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("verify: %d s, %d clients: %.0f requests/s (%d ok, %d other)%n", seconds, clients,
                ok.get() / (double) seconds, ok.get(), other.get());
    }

    /** The peak heap use since the last call (all heap pools), then resets the peaks. */
    private static long usedHeapPeakReset() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                pool.resetPeakUsage();
            }
        }
        return peak;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
