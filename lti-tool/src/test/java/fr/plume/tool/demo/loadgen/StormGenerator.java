package fr.plume.tool.demo.loadgen;

import fr.plume.tool.assessment.DeliveryTest;
import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.support.BrowserSession;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Exam-start storm (issue 18): N candidates launch into a certification activity from the
 * registered test platform ({@link LoadPlatform}) within the launch window, load their first item,
 * then each answers one item every 20–60 s (random, seeded) until the end of the run. Requests go
 * to the tool nodes in turn (a tiny round-robin instead of a load balancer; a node that refuses
 * connections is skipped, as a balancer's health check would). Measures errors (and whether any
 * error body holds a stack trace), launch-to-first-item latency, answer submission latency, tool
 * CPU per answer from /proc of the nodes' pids; afterwards checks that every answer the tool
 * acknowledged (302 after the POST) is in PostgreSQL, and, for the practice candidates who end
 * their session, that each grade reached the platform exactly once.
 * A fault ({@code --fault-at} seconds, {@code --fault} a shell command: kill a node, restart
 * PostgreSQL) runs in the middle; the report then says when requests failed and when they
 * succeeded again.
 *
 * <p>Not a test: {@code docker/storm/run.sh} starts PostgreSQL and two nodes and runs it (see
 * docs/performance.md, "Tempête de début d'examen / Exam-start storm", and docs/operations.md).
 */
public final class StormGenerator {

    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");
    private static final Pattern COMPETENCY = Pattern.compile("id=\"competency\"[^>]*>\\s*<option[^>]*value=\"([^\"]+)\"");
    private static final String FORM = "application/x-www-form-urlencoded";
    /** The reason code an error page shows (templates/error.html). */
    /** The minutes left an item page shows (assessment.item.timeLeft, in either language). */
    private static final Pattern TIME_LEFT = Pattern.compile("class=\"time-left\"[^>]*>[^<0-9]*(\\d+) min");
    /** Candidate numbers of the warm-up's students, apart from the storm's. */
    private static final int WARM_UP_NUMBERS = 1_000_000;
    private static final Pattern REASON = Pattern.compile("<dd><code>([A-Z][A-Z0-9-]+)</code></dd>");

    private final Options options;
    private final LoadPlatform platform;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final Balancer nodes;
    /** Browsers arriving: launch, landing page, start, first item (a launch retried after a failure too). */
    private final ScheduledThreadPoolExecutor launchers;
    /**
     * Browsers of candidates already writing. Their own pool, as many threads as candidates could
     * answer at once: an answer that is due is sent when due, not after the launches in the queue.
     */
    private final ScheduledThreadPoolExecutor answerers;
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Latencies firstItem = new Latencies();
    private final Latencies answers = new Latencies();
    /** Acknowledged answers: attempt id -> item tokens. */
    private final Map<UUID, Set<String>> acknowledged = new ConcurrentHashMap<>();
    private final Set<UUID> stoppedPractice = ConcurrentHashMap.newKeySet();
    private final AtomicInteger withFirstItemInWindow = new AtomicInteger();
    private final AtomicLong stackTraces = new AtomicLong();
    private final AtomicLong timeLeftChecked = new AtomicLong();
    private final AtomicLong timeLeftCheckedAfterFault = new AtomicLong();
    private final AtomicLong timeLeftWrong = new AtomicLong();
    private final AtomicLong lastFailure = new AtomicLong();
    private final AtomicLong firstFailureAfterFault = new AtomicLong();
    private volatile long faultAt;
    /** When the storm starts (after the registration) and ends, System.nanoTime(). */
    private volatile long start;
    private volatile long end;

    private StormGenerator(Options options) throws Exception {
        this.options = options;
        this.platform = new LoadPlatform(0);
        this.nodes = new Balancer(options.nodes);
        this.launchers = new ScheduledThreadPoolExecutor(options.threads);
        this.answerers = new ScheduledThreadPoolExecutor(options.answerThreads);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        StormGenerator storm = new StormGenerator(options);
        try {
            System.exit(storm.run() ? 0 : 1);
        } finally {
            storm.platform.close();
        }
    }

    private boolean run() throws Exception {
        awaitExposureParameters();
        platform.register(options.nodes.get(0), "Tempête " + run, options.adminToken, options.adminUser,
                options.adminPassword);
        System.out.printf(Locale.ROOT, "storm %s: %d candidates (%d %% practice) over %d nodes, launches within %d s,"
                + " an answer every %d-%d s, %d min, seed %d%n", run, options.candidates, options.practicePercent,
                options.nodes.size(), options.arrival.toSeconds(), options.minGap.toSeconds(), options.maxGap.toSeconds(),
                options.minutes.toMinutes(), options.seed);
        Random random = new Random(options.seed);
        if (options.warmUp > 0) {
            warmUp(random);
        }
        start = System.nanoTime();
        end = start + options.minutes.toNanos();
        for (int i = 0; i < options.candidates; i++) {
            boolean practice = random.nextInt(100) < options.practicePercent;
            Candidate candidate = new Candidate(i, practice, true, new Random(random.nextLong()));
            long delay = (long) (random.nextDouble() * options.arrival.toNanos());
            candidate.due = start + delay;
            launchers.schedule(candidate::step, delay, TimeUnit.NANOSECONDS);
        }
        CpuWatch cpu = new CpuWatch(options.pids);
        if (options.faultAt != null) {
            launchers.schedule(this::fault, options.faultAt.toNanos(), TimeUnit.NANOSECONDS);
        }
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
            cpu.sample();
        }
        launchers.shutdown();
        answerers.shutdown();
        launchers.awaitTermination(2, TimeUnit.MINUTES);
        answerers.awaitTermination(2, TimeUnit.MINUTES);
        cpu.sample();
        return report(cpu);
    }

    /**
     * Waits until the exposure-control parameters of the diagnostic and the certification are in
     * the database. On a fresh database the first node computes them in the background (about a
     * minute of one core for the certification); on an exam day they were computed when the bank
     * was published, so the storm starts once they are there, as it would meet them.
     */
    private void awaitExposureParameters() throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(options.dbUrl, options.dbUser, options.dbPassword);
                PreparedStatement count = db.prepareStatement("SELECT count(*) FROM assessment_exposure_control")) {
            while (true) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= 2) {
                        break;
                    }
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException("the exposure parameters were not computed within 10 minutes");
                }
                Thread.sleep(1000);
            }
        }
        System.out.printf(Locale.ROOT, "exposure parameters of both modes ready after %.0f s%n",
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Before the exam: {@code --warm-up} students practise (launch, a formative attempt, a few
     * answers a second or two apart, stop) over 30 s, as the consortium's ordinary traffic does on
     * the morning of an exam day, so the nodes meet the storm with their code compiled. Their
     * answers are checked with the others; their latencies are not measured.
     */
    private void warmUp(Random random) throws InterruptedException {
        long began = System.nanoTime();
        start = began;
        end = began + TimeUnit.MINUTES.toNanos(3);
        for (int i = 0; i < options.warmUp; i++) {
            Candidate student = new Candidate(WARM_UP_NUMBERS + i, true, false, new Random(random.nextLong()));
            long delay = (long) (random.nextDouble() * TimeUnit.SECONDS.toNanos(30));
            student.due = began + delay;
            launchers.schedule(student::step, delay, TimeUnit.NANOSECONDS);
        }
        while (stoppedPractice.size() < options.warmUp && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        System.out.printf(Locale.ROOT, "warm-up         %d of %d practising students done in %.0f s (not measured)%n",
                stoppedPractice.size(), options.warmUp, (System.nanoTime() - began) / 1e9);
    }

    private void fault() {
        faultAt = System.nanoTime();
        System.out.printf(Locale.ROOT, "fault at %.0f s: %s%n", seconds(faultAt), options.fault);
        try {
            Process process = new ProcessBuilder("bash", "-c", options.fault).inheritIO().start();
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.out.println("fault command failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One candidate's browser: its session cookie, attempt and the page it shows. */
    private final class Candidate {

        private final int number;
        private final boolean practice;
        private final Random random;
        private String cookie;
        private UUID attempt;
        private String page;
        private int answered;
        /** False for the warm-up's students: their latencies are not recorded. */
        private final boolean measured;
        /** When the step now running was due (latencies count from there: no coordinated omission). */
        private long due;
        /** The minutes left each item page shows, checked against the server's clock. */
        private final TimeLeft timeLeft = new TimeLeft();
        /** A submission sent whose outcome is unknown: resent as it was (same item token). */
        private Map<String, List<String>> pendingAnswer;

        Candidate(int number, boolean practice, boolean measured, Random random) {
            this.number = number;
            this.practice = practice;
            this.measured = measured;
            this.random = random;
        }

        void step() {
            boolean ok;
            try {
                ok = page == null ? launch() : answer();
            } catch (IOException | RuntimeException | AssertionError e) {
                ok = failed(e.getClass().getSimpleName());
            }
            next(ok);
        }

        private void next(boolean ok) {
            if (page != null && page.isEmpty()) {
                return; // finished: the attempt ended
            }
            long gap = !ok ? options.retryAfter.toNanos()
                    : !measured ? TimeUnit.MILLISECONDS.toNanos(1000 + random.nextInt(2000))
                    : options.minGap.toNanos() + (long) (random.nextDouble() * options.maxGap.minus(options.minGap).toNanos());
            long now = System.nanoTime();
            due = now + gap;
            ScheduledThreadPoolExecutor pool = page == null ? launchers : answerers;
            if (due < end && !pool.isShutdown()) {
                pool.schedule(this::step, gap, TimeUnit.NANOSECONDS);
            }
        }

        /** Launch, landing page, start (or resume) the attempt, first item. */
        private boolean launch() throws IOException {
            Map<String, String> custom = practice ? Map.of()
                    : Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification");
            String course = String.valueOf(50_000 + number / 250);
            LoadPlatform.Launched launched = platform.launch((path, form, c) -> nodes.send("POST", path, form, c),
                    options.publicUrl, new LoadPlatform.Launch("storm-" + run + "-" + number, course,
                            practice ? "practice-" + course : "certification-" + course, false, custom));
            if (launched.failure() != null) {
                return failed(launched.failure());
            }
            cookie = launched.session();
            LoopbackHttp.Response home = nodes.send("GET", launched.landing(), null, cookie);
            if (home.status() != 200) {
                return failed(home, "home");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", BrowserSession.csrfToken(home.text()));
            if (practice) {
                Matcher competency = COMPETENCY.matcher(home.text());
                if (!competency.find()) {
                    return failed("no-competency");
                }
                form.put("mode", "FORMATIVE");
                form.put("competency", competency.group(1));
            } else {
                form.put("mode", "CERTIFICATION");
            }
            LoopbackHttp.Response started = nodes.send("POST", "/app/attempts", LoadPlatform.form(form), cookie);
            Matcher id = ATTEMPT.matcher(LoadPlatform.orElse(started.header("Location"), ""));
            if (started.status() != 302 || !id.find()) {
                return failed(started, "start");
            }
            attempt = UUID.fromString(id.group(1));
            if (!show()) {
                return false;
            }
            if (!measured) {
                return true;
            }
            long took = System.nanoTime() - due;
            firstItem.add(took);
            if (System.nanoTime() - start <= options.firstItemWithin.toNanos()) {
                withFirstItemInWindow.incrementAndGet();
            }
            return true;
        }

        /** Loads the attempt's current page; an ended attempt leaves the page empty. */
        private boolean show() throws IOException {
            long sent = System.nanoTime();
            LoopbackHttp.Response item = nodes.send("GET", "/app/attempts/" + attempt, null, cookie);
            long received = System.nanoTime();
            if (item.status() == 302 && LoadPlatform.orElse(item.header("Location"), "").contains("/result")) {
                page = "";
                return true;
            }
            if (item.status() != 200) {
                return failed(item, "item");
            }
            page = item.text();
            timeLeft.check(page, sent, received);
            return true;
        }

        private boolean answer() throws IOException {
            if (!page.contains("name=\"token\"")) {
                return show();
            }
            if (pendingAnswer == null) {
                pendingAnswer = DeliveryTest.answerFor(page, StudentLauncher.Session.token(page));
                pendingAnswer.put("_csrf", List.of(BrowserSession.csrfToken(page)));
            }
            String token = pendingAnswer.get("token").get(0);
            LoopbackHttp.Response saved = nodes.send("POST", "/app/attempts/" + attempt + "/answer",
                    form(pendingAnswer), cookie);
            long took = System.nanoTime() - due;
            if (saved.status() != 302) {
                return failed(saved, "answer");
            }
            pendingAnswer = null;
            if (measured) {
                answers.add(took);
            }
            acknowledged.computeIfAbsent(attempt, a -> ConcurrentHashMap.newKeySet()).add(token);
            answered++;
            if (practice && answered >= options.practiceAnswers) {
                return stopPractice();
            }
            page = "token-less: load the next item";
            return show();
        }

        private boolean stopPractice() throws IOException {
            LoopbackHttp.Response stopped = nodes.send("POST", "/app/attempts/" + attempt + "/stop",
                    LoadPlatform.form(Map.of("_csrf", BrowserSession.csrfToken(page))), cookie);
            if (stopped.status() != 302) {
                return failed(stopped, "stop");
            }
            stoppedPractice.add(attempt);
            page = "";
            return true;
        }
    }

    /**
     * The "time left" an attempt's item pages show, checked against the first one: the deadline
     * is the server's, so whichever node answers, after a restart or the loss of a node, the minutes
     * shown must follow the time elapsed since (rounded up to the minute, as the page does; the
     * bounds take the requests' own durations into account).
     */
    private final class TimeLeft {

        private long firstMinutes = -1;
        private long firstSent;
        private long firstReceived;

        void check(String page, long sent, long received) {
            Matcher shown = TIME_LEFT.matcher(page);
            if (!shown.find()) {
                return;
            }
            long minutes = Long.parseLong(shown.group(1));
            if (firstMinutes < 0) {
                firstMinutes = minutes;
                firstSent = sent;
                firstReceived = received;
                return;
            }
            double least = (sent - firstReceived) / 6e10;
            double most = (received - firstSent) / 6e10;
            long lower = Math.max(0, (long) Math.ceil(firstMinutes - 1 - most));
            long upper = (long) Math.ceil(firstMinutes - least);
            timeLeftChecked.incrementAndGet();
            if (faultAt > 0 && sent > faultAt) {
                timeLeftCheckedAfterFault.incrementAndGet();
            }
            if (minutes < lower || minutes > upper) {
                timeLeftWrong.incrementAndGet();
            }
        }
    }

    private boolean failed(LoopbackHttp.Response response, String step) {
        String body = response.text();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("at fr.plume.")) {
            stackTraces.incrementAndGet();
        }
        boolean page = body.contains("<main") && body.contains("<h1");
        Matcher reason = REASON.matcher(body);
        String shown = reason.find() ? "-" + reason.group(1) : page || response.status() < 400 ? "" : "-not-a-page";
        return failed(step + "-" + response.status() + shown);
    }

    private boolean failed(String kind) {
        long now = System.nanoTime();
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        lastFailure.set(now);
        if (faultAt > 0 && now > faultAt) {
            firstFailureAfterFault.compareAndSet(0, now);
        }
        return false;
    }

    private static byte[] form(Map<String, List<String>> fields) {
        return fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> LoadPlatform.enc(e.getKey()) + "=" + LoadPlatform.enc(v)))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    private double seconds(long nanoTime) {
        return (nanoTime - start) / 1e9;
    }

    private boolean report(CpuWatch cpu) throws SQLException, InterruptedException {
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        long answerCount = answers.count();
        System.out.printf(Locale.ROOT, "%ncandidates      %d, %d loaded their first item within %d s%n",
                options.candidates, withFirstItemInWindow.get(), options.firstItemWithin.toSeconds());
        System.out.printf(Locale.ROOT, "first item ms   %s%n", firstItem.summary());
        System.out.printf(Locale.ROOT, "answers         %d acknowledged (%.1f/s)%n", answerCount,
                answerCount / seconds(System.nanoTime()));
        System.out.printf(Locale.ROOT, "answer ms       %s%n", answers.summary());
        System.out.printf(Locale.ROOT, "errors          %d %s%n", errorCount, errors.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(" ")));
        System.out.printf(Locale.ROOT, "stack traces    %d error bodies%n", stackTraces.get());
        if (faultAt > 0) {
            long first = firstFailureAfterFault.get();
            System.out.printf(Locale.ROOT, "fault           at %.0f s; %s%n", seconds(faultAt), first == 0
                    ? "no request failed after it"
                    : String.format(Locale.ROOT, "requests failed from +%.1f s to +%.1f s after it (then none)",
                            (first - faultAt) / 1e9, (lastFailure.get() - faultAt) / 1e9));
        }
        System.out.printf(Locale.ROOT, "time left       %d item pages checked against their attempt's first (%d after"
                + " the fault): %d off%n", timeLeftChecked.get(), timeLeftCheckedAfterFault.get(), timeLeftWrong.get());
        System.out.printf(Locale.ROOT, "tool CPU        %s%n", cpu.perAnswer(answerCount));
        boolean answersKept = answersKept();
        boolean gradesOnce = gradesOnce();
        boolean ok = answersKept && gradesOnce && stackTraces.get() == 0 && timeLeftWrong.get() == 0;
        System.out.println(ok ? "RESULT OK" : "RESULT FAILED");
        return ok;
    }

    /** Every acknowledged answer is an answered item of its attempt in PostgreSQL. */
    private boolean answersKept() throws SQLException {
        long expected = acknowledged.values().stream().mapToLong(Set::size).sum();
        Set<String> found = new HashSet<>();
        try (Connection db = DriverManager.getConnection(options.dbUrl, options.dbUser, options.dbPassword);
                PreparedStatement query = db.prepareStatement("SELECT attempt_id, token FROM assessment_attempt_item"
                        + " WHERE answered_at IS NOT NULL AND attempt_id = ANY (?)")) {
            Array ids = db.createArrayOf("uuid", acknowledged.keySet().toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1) + "|" + rows.getString(2));
                }
            }
        }
        long missing = acknowledged.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(token -> e.getKey() + "|" + token))
                .filter(key -> !found.contains(key)).count();
        System.out.printf(Locale.ROOT, "answers kept    %d acknowledged, %d in the database, %d missing%n",
                expected, expected - missing, missing);
        return missing == 0;
    }

    /**
     * Every ended practice session's grade reaches the platform exactly once: the outbox drains
     * (waits up to two minutes), and the platform counted one score per ended session.
     */
    private boolean gradesOnce() throws SQLException, InterruptedException {
        if (stoppedPractice.isEmpty()) {
            System.out.println("grades          none expected (no practice session ended)");
            return true;
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long delivered = 0;
        long queued = 0;
        while (System.nanoTime() < deadline) {
            try (Connection db = DriverManager.getConnection(options.dbUrl, options.dbUser, options.dbPassword);
                    PreparedStatement query = db.prepareStatement("SELECT count(*), count(*) FILTER (WHERE status = 'DELIVERED')"
                            + " FROM lti_grade_outbox WHERE attempt_id = ANY (?)")) {
                query.setArray(1, db.createArrayOf("uuid", stoppedPractice.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    queued = rows.getLong(1);
                    delivered = rows.getLong(2);
                }
            }
            if (delivered >= stoppedPractice.size()) {
                break;
            }
            Thread.sleep(2000);
        }
        Thread.sleep(1000); // a score POST in flight when the row turned DELIVERED
        long received = platform.scores().values().stream().mapToLong(AtomicLong::get).sum();
        long doubled = platform.scores().values().stream().filter(n -> n.get() > 1).count();
        System.out.printf(Locale.ROOT, "grades          %d sessions ended, %d queued, %d delivered; platform received"
                + " %d scores for %d users, %d users scored more than once%n", stoppedPractice.size(), queued, delivered,
                received, platform.scores().size(), doubled);
        return queued == stoppedPractice.size() && delivered == queued && platform.scores().size() == queued
                && doubled == 0;
    }

    /** Latencies in nanoseconds, appended from many threads. */
    private static final class Latencies {

        private final List<Long> values = new ArrayList<>();

        synchronized void add(long nanos) {
            values.add(nanos);
        }

        synchronized long count() {
            return values.size();
        }

        synchronized String summary() {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return "none";
            }
            return String.format(Locale.ROOT, "p50 %.0f  p95 %.0f  p99 %.0f  max %.0f (n=%d)", pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6, sorted.length);
        }

        private static double pct(long[] sorted, int percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** CPU ticks of the nodes' JVMs; a killed node keeps the last value read before it died. */
    private static final class CpuWatch {

        private final List<Long> pids;
        private final long[] first;
        private final AtomicLongArray last;

        CpuWatch(List<Long> pids) {
            this.pids = pids;
            this.first = pids.stream().mapToLong(ToolProcess::cpuTicks).toArray();
            this.last = new AtomicLongArray(first.clone());
        }

        void sample() {
            for (int i = 0; i < pids.size(); i++) {
                long ticks = ToolProcess.cpuTicks(pids.get(i));
                if (ticks > 0) {
                    last.set(i, ticks);
                }
            }
        }

        String perAnswer(long answers) {
            if (pids.isEmpty() || answers == 0) {
                return "not measured (no --pids or no answer)";
            }
            long ticks = 0;
            for (int i = 0; i < pids.size(); i++) {
                ticks += last.get(i) - first[i];
            }
            double ms = ticks * 1000.0 / ToolProcess.CLOCK_TICKS_PER_SECOND;
            return String.format(Locale.ROOT, "%.0f ms over the run for %d nodes = %.1f ms per acknowledged answer"
                    + " (launches and page loads included)", ms, pids.size(), ms / answers);
        }
    }

    /**
     * Round-robin over the nodes, one keep-alive connection per node and worker thread. A node that
     * refuses connections is left out for a few seconds and the request goes to the next one (as a
     * load balancer's health check would); a request cut in the middle is not resent here (its
     * outcome is unknown: the candidate resends it, with the same item token).
     */
    private static final class Balancer {

        private static final long DOWN_NANOS = Duration.ofSeconds(3).toNanos();

        private final List<String> nodes;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicLongArray downUntil;
        private final ThreadLocal<LoopbackHttp[]> connections;

        Balancer(List<String> nodes) {
            this.nodes = nodes;
            this.downUntil = new AtomicLongArray(nodes.size());
            this.connections = ThreadLocal.withInitial(() -> {
                LoopbackHttp[] http = new LoopbackHttp[nodes.size()];
                Arrays.setAll(http, i -> new LoopbackHttp());
                return http;
            });
        }

        LoopbackHttp.Response send(String method, String path, byte[] form, String cookie) throws IOException {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "text/html");
            headers.put("Accept-Language", "fr");
            if (cookie != null && !cookie.isEmpty()) {
                headers.put("Cookie", cookie);
            }
            IOException refused = null;
            for (int tries = 0; tries < nodes.size(); tries++) {
                int node = pick();
                String url = nodes.get(node) + path;
                try {
                    LoopbackHttp http = connections.get()[node];
                    return "GET".equals(method) ? http.get(url, headers, true) : http.post(url, headers, FORM, form, true);
                } catch (ConnectException e) {
                    downUntil.set(node, System.nanoTime() + DOWN_NANOS);
                    refused = e;
                }
            }
            throw refused;
        }

        private int pick() {
            long now = System.nanoTime();
            for (int i = 0; i < nodes.size(); i++) {
                int node = Math.floorMod(next.getAndIncrement(), nodes.size());
                if (downUntil.get(node) < now) {
                    return node;
                }
            }
            return Math.floorMod(next.getAndIncrement(), nodes.size());
        }
    }

    /** Command-line options, {@code --name value}. */
    record Options(List<String> nodes, String publicUrl, int candidates, Duration minutes, Duration arrival,
            Duration firstItemWithin, Duration minGap, Duration maxGap, Duration retryAfter, long seed, int threads,
            int answerThreads,
            List<Long> pids, String dbUrl, String dbUser, String dbPassword, int practicePercent, int practiceAnswers,
            int warmUp,
            Duration faultAt, String fault, String adminUser, String adminPassword, String adminToken) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            List<String> nodes = Arrays.stream(values.getOrDefault("nodes", "http://localhost:8080").split(","))
                    .map(String::strip).map(n -> n.endsWith("/") ? n.substring(0, n.length() - 1) : n).toList();
            String pids = values.getOrDefault("pids", "");
            return new Options(nodes, values.getOrDefault("public-url", nodes.get(0)),
                    Integer.parseInt(values.getOrDefault("candidates", "5000")),
                    Duration.ofMinutes(Long.parseLong(values.getOrDefault("minutes", "10"))),
                    seconds(values, "arrival", 60), seconds(values, "first-item-within", 120),
                    seconds(values, "min-gap", 20), seconds(values, "max-gap", 60), seconds(values, "retry-after", 3),
                    Long.parseLong(values.getOrDefault("seed", "18")),
                    Integer.parseInt(values.getOrDefault("threads", "64")),
                    Integer.parseInt(values.getOrDefault("answer-threads", "256")),
                    pids.isBlank() ? List.of() : Arrays.stream(pids.split(",")).map(String::strip).map(Long::valueOf).toList(),
                    values.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/plume"),
                    values.getOrDefault("db-user", "plume"), values.getOrDefault("db-password", ""),
                    Integer.parseInt(values.getOrDefault("practice-percent", "0")),
                    Integer.parseInt(values.getOrDefault("practice-answers", "3")),
                    Integer.parseInt(values.getOrDefault("warm-up", "1000")),
                    values.containsKey("fault-at") ? seconds(values, "fault-at", 0) : null,
                    values.get("fault"),
                    values.getOrDefault("admin-user", "admin"), values.getOrDefault("admin-password", "plume-demo"),
                    values.get("admin-token"));
        }

        private static Duration seconds(Map<String, String> values, String name, long fallback) {
            return Duration.ofSeconds(Long.parseLong(values.getOrDefault(name, String.valueOf(fallback))));
        }
    }
}
