package fr.plume.tool.demo.loadgen;

import com.nimbusds.jose.JOSEException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Launch load generator: drives complete browser-like LTI 1.3 launches against a running tool
 * with N concurrent virtual users, each launch a fresh browser (its own cookies):
 * <ol>
 * <li>POST /lti/login (OIDC third-party initiation, as Moodle posts it);</li>
 * <li>the tool's 302 to the platform's authorization endpoint: the generator <em>is</em> the
 * platform, so it reads state/nonce/redirect_uri from that redirect and signs the id_token
 * itself (RS256, its own key, JWKS served on a loopback port);</li>
 * <li>POST id_token + state to the redirect URI with the state cookie;</li>
 * <li>with {@code --landing true}, GET the landing page with the session cookie the launch opened.</li>
 * </ol>
 * Without {@code --rate} the virtual users never pause (the tool's capacity); with it they are
 * paced to that many launches per second in total (the latency at a given load).
 * Acting as the platform ({@link LoadPlatform}) keeps id_token signing (the platform's work) out of the tool's CPU.
 * The generator shares the machine with the tool, so it keeps its own CPU low: each virtual user
 * speaks HTTP/1.1 over one keep-alive connection of its own ({@link LoopbackHttp}), and the id_token
 * JSON is written by hand and signed with the JDK's SHA256withRSA.
 * The generator registers itself through the demo-only endpoint {@code POST /api/v1/demo/platforms}
 * (a consortium admin's API token with the {@code registrations:write} scope: {@code --admin-token}, or
 * one the generator creates on {@code /admin/api-tokens} after signing in as {@code --admin-user}). Launches pick users and courses at random from large pools, so
 * most create a user, a course and a resource link in the tool, as first launches of a term do.
 * Tool CPU comes from /proc/&lt;pid&gt;/stat (utime + stime) of the tool's JVM, and separately of its
 * descendants (the embedded PostgreSQL), over the measured window only; heap from {@code jstat}.
 *
 * <p>Not a test: run it by hand (see docs/performance.md, section "Lancements LTI / LTI launches").
 */
public final class LaunchLoadGenerator {

    private final Options options;
    private final LoadPlatform platform;
    private final AtomicBoolean measuring = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong launched = new AtomicLong();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<long[]> latencies = new ArrayList<>();

    private LaunchLoadGenerator(Options options) throws JOSEException, IOException {
        this.options = options;
        this.platform = new LoadPlatform(options.jwksPort);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LaunchLoadGenerator generator = new LaunchLoadGenerator(options);
        try {
            generator.run();
        } finally {
            generator.platform.close();
        }
    }

    private void run() throws Exception {
        platform.register(options.tool, "Générateur de charge", options.adminToken, options.adminUser,
                options.adminPassword);
        long pid = options.pid > 0 ? options.pid : ToolProcess.find();
        long postmaster = ToolProcess.postmaster(pid, options.pgDataDir);
        System.out.printf(Locale.ROOT, "tool pid %d, postgres pid %d, landing page %s%n", pid, postmaster,
                options.landing ? "fetched" : "not fetched (LTI only)");
        System.out.printf(Locale.ROOT, "tool pid %d, %d virtual users, %s, %d users x %d courses, warm-up %ds, measure %ds%n",
                pid, options.concurrency, options.rate > 0 ? "paced at " + options.rate + " launches/s" : "no pause",
                options.users, options.courses, options.warmup.toSeconds(), options.duration.toSeconds());
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < options.concurrency; i++) {
            long[] mine = new long[500_000];
            synchronized (latencies) {
                latencies.add(mine);
            }
            Thread user = new Thread(() -> virtualUser(mine), "vu-" + i);
            user.start();
            users.add(user);
        }
        Thread.sleep(options.warmup.toMillis());
        ToolProcess.Sample before = ToolProcess.sample(pid, postmaster);
        long selfBefore = ToolProcess.cpuTicks(ProcessHandle.current().pid());
        long launchedBefore = launched.get();
        long start = System.nanoTime();
        measuring.set(true);
        long heapMax = 0;
        long end = start + options.duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(2000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            heapMax = Math.max(heapMax, ToolProcess.heapUsedBytes(pid));
        }
        measuring.set(false);
        long elapsed = System.nanoTime() - start;
        long count = launched.get() - launchedBefore;
        ToolProcess.Sample after = ToolProcess.sample(pid, postmaster);
        long selfAfter = ToolProcess.cpuTicks(ProcessHandle.current().pid());
        running.set(false);
        for (Thread user : users) {
            user.join(30_000);
        }
        report(count, elapsed, before, after, selfAfter - selfBefore, heapMax);
    }

    /**
     * Without a rate, each virtual user launches again as soon as its launch lands (closed loop: the
     * tool's capacity). With {@code --rate}, each one starts a launch every concurrency/rate seconds,
     * from a random phase; a launch's latency counts from when it was due, so a launch that starts
     * late because the previous one was slow pays for the wait (no coordinated omission).
     */
    private void virtualUser(long[] mine) {
        int n = 0;
        long interval = options.rate > 0 ? (long) (1e9 * options.concurrency / options.rate) : 0;
        long due = System.nanoTime() + (interval > 0 ? ThreadLocalRandom.current().nextLong(interval) : 0);
        try (LoopbackHttp http = new LoopbackHttp()) {
            while (running.get()) {
                long now = System.nanoTime();
                if (interval > 0 && due > now) {
                    LockSupport.parkNanos(due - now);
                }
                n = launchAndRecord(http, mine, n, interval > 0 ? due : System.nanoTime());
                due += interval;
            }
        }
    }

    /** One launch, counted (and its latency kept in {@code mine}) when measuring; the next free slot. */
    private int launchAndRecord(LoopbackHttp http, long[] mine, int n, long t0) {
        String failure;
        try {
            failure = launchOnce(http);
        } catch (IOException | RuntimeException e) {
            failure = e.getClass().getSimpleName();
        }
        long took = System.nanoTime() - t0;
        if (measuring.get()) {
            if (failure == null) {
                launched.incrementAndGet();
                if (n < mine.length) {
                    mine[n++] = took;
                }
            } else {
                errors.computeIfAbsent(failure, k -> new AtomicLong()).incrementAndGet();
            }
        }
        return n;
    }

    /** One complete launch in a fresh browser; null when it landed, else what went wrong. */
    private String launchOnce(LoopbackHttp http) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int user = random.nextInt(options.users);
        int course = random.nextInt(options.courses);
        boolean teacher = random.nextInt(100) < options.instructorPercent;
        String tool = options.tool;
        LoadPlatform.Launched launched = platform.launch(
                (path, form, cookie) -> http.post(tool + path, cookie == null || cookie.isEmpty() ? Map.of()
                        : Map.of("Cookie", cookie), "application/x-www-form-urlencoded", form, false),
                tool, new LoadPlatform.Launch(String.valueOf(user), String.valueOf(10_000 + course),
                        String.valueOf(course * 3 + user % 3), teacher, Map.of()));
        if (launched.failure() != null || !options.landing) {
            return launched.failure();
        }
        String session = launched.session();
        LoopbackHttp.Response landed = http.get(tool + launched.landing(), session.isEmpty()
                ? Map.of("Accept", "text/html") : Map.of("Accept", "text/html", "Cookie", session), false);
        if (landed.status() != 200) {
            return "landing-" + landed.status();
        }
        return null;
    }

    private void report(long count, long elapsedNanos, ToolProcess.Sample before, ToolProcess.Sample after,
            long selfTicks, long heapMax) {
        int total = 0;
        for (long[] mine : latencies) {
            for (long v : mine) {
                if (v == 0) {
                    break;
                }
                total++;
            }
        }
        long[] all = new long[total];
        int i = 0;
        for (long[] mine : latencies) {
            for (long v : mine) {
                if (v == 0) {
                    break;
                }
                all[i++] = v;
            }
        }
        java.util.Arrays.sort(all);
        double seconds = elapsedNanos / 1e9;
        double tick = 1000.0 / ToolProcess.CLOCK_TICKS_PER_SECOND;
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(Locale.ROOT, "%nlaunches        %d in %.1f s = %.1f launches/s (concurrency %d)%n",
                count, seconds, count / seconds, options.concurrency);
        System.out.printf(Locale.ROOT, "latency ms      p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "errors          %d %s%n", errorCount,
                errors.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        if (count > 0) {
            System.out.printf(Locale.ROOT, "tool JVM CPU    %.2f ms per launch (%.0f %% of one core)%n",
                    (after.jvmTicks() - before.jvmTicks()) * tick / count,
                    (after.jvmTicks() - before.jvmTicks()) * tick / 10 / seconds);
            System.out.printf(Locale.ROOT, "PostgreSQL CPU  %.2f ms per launch (embedded postmaster and backends)%n",
                    (after.childTicks() - before.childTicks()) * tick / count);
            System.out.printf(Locale.ROOT, "generator CPU   %.2f ms per launch%n", selfTicks * tick / count);
        }
        System.out.printf(Locale.ROOT, "tool heap used  max %.0f MB (jstat samples)%n", heapMax / 1048576.0);
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Command-line options, {@code --name value}. */
    record Options(String tool, int concurrency, Duration warmup, Duration duration, int users, int courses,
            int instructorPercent, long pid, String adminUser, String adminPassword, String adminToken, int jwksPort,
            boolean landing,
            String pgDataDir, double rate) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            String tool = values.getOrDefault("tool", "http://localhost:8080");
            return new Options(tool.endsWith("/") ? tool.substring(0, tool.length() - 1) : tool,
                    Integer.parseInt(values.getOrDefault("concurrency", "16")),
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup", "20"))),
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("duration", "60"))),
                    Integer.parseInt(values.getOrDefault("users", "20000")),
                    Integer.parseInt(values.getOrDefault("courses", "400")),
                    Integer.parseInt(values.getOrDefault("instructor-percent", "5")),
                    Long.parseLong(values.getOrDefault("pid", "0")),
                    values.getOrDefault("admin-user", "admin"),
                    values.getOrDefault("admin-password", "plume-demo"),
                    values.get("admin-token"),
                    Integer.parseInt(values.getOrDefault("jwks-port", "0")),
                    Boolean.parseBoolean(values.getOrDefault("landing", "true")),
                    values.get("pg-data-dir"),
                    Double.parseDouble(values.getOrDefault("rate", "0")));
        }
    }
}
