package fr.plume.tool.demo.loadgen;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * Acting as the platform keeps id_token signing (the platform's work) out of the tool's CPU.
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

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Options options;
    private final RSAKey key;
    /** base64url of the JWS header, the same for every id_token. */
    private final String jwsHeader;
    private final ThreadLocal<Signature> rs256;
    private final String issuer;
    private final String clientId = "loadgen-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean measuring = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong launched = new AtomicLong();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<long[]> latencies = new ArrayList<>();
    private HttpServer jwksServer;

    private LaunchLoadGenerator(Options options) throws JOSEException, IOException {
        this.options = options;
        this.key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyID("loadgen-" + UUID.randomUUID()).generate();
        this.jwsHeader = BASE64URL.encodeToString(new Json().open().field("alg", "RS256").field("typ", "JWT")
                .field("kid", key.getKeyID()).close().bytes());
        PrivateKey privateKey = key.toRSAPrivateKey();
        this.rs256 = ThreadLocal.withInitial(() -> {
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(privateKey);
                return signature;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        startJwksServer();
        this.issuer = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/loadgen-platform";
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LaunchLoadGenerator generator = new LaunchLoadGenerator(options);
        try {
            generator.run();
        } finally {
            generator.jwksServer.stop(0);
        }
    }

    private void run() throws Exception {
        register();
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
        String targetLinkUri = tool + "/lti/launch";

        Map<String, String> initiation = new LinkedHashMap<>();
        initiation.put("iss", issuer);
        initiation.put("target_link_uri", targetLinkUri);
        initiation.put("login_hint", String.valueOf(user));
        initiation.put("lti_message_hint", course + ":" + (course * 3 + user % 3));
        initiation.put("client_id", clientId);
        initiation.put("lti_deployment_id", "1");
        LoopbackHttp.Response login = post(http, tool + "/lti/login", initiation, null);
        if (login.status() != 302) {
            return "login-" + login.status();
        }
        String stateCookie = cookies(login);
        Map<String, String> auth = query(URI.create(orElse(login.header("Location"), "")));
        String redirectUri = auth.get("redirect_uri");
        if (!"openid".equals(auth.get("scope")) || !"id_token".equals(auth.get("response_type"))
                || !clientId.equals(auth.get("client_id")) || auth.get("nonce") == null || redirectUri == null) {
            return "bad-authentication-request";
        }

        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", idToken(user, course, teacher, auth.get("nonce"), targetLinkUri));
        form.put("state", auth.get("state"));
        LoopbackHttp.Response launch = post(http, redirectUri, form, stateCookie);
        if (launch.status() != 302 && launch.status() != 303) {
            return "launch-" + launch.status();
        }
        if (!options.landing) {
            return null;
        }
        String session = cookies(launch);
        URI landing = URI.create(redirectUri).resolve(orElse(launch.header("Location"), "/"));
        LoopbackHttp.Response landed = http.get(landing.toString(), session.isEmpty()
                ? Map.of("Accept", "text/html") : Map.of("Accept", "text/html", "Cookie", session), false);
        if (landed.status() != 200) {
            return "landing-" + landed.status();
        }
        return null;
    }

    /** The id_token Moodle would send for this person, course and link (see IdTokenClaims). */
    private String idToken(int user, int course, boolean teacher, String nonce, String targetLinkUri) {
        long now = Instant.now().getEpochSecond();
        String courseId = String.valueOf(10_000 + course);
        String linkId = String.valueOf(course * 3 + user % 3);
        String lti = "https://purl.imsglobal.org/spec/lti/claim/";
        Json claims = new Json().open()
                .field("iss", issuer).field("aud", clientId).field("sub", "u" + user)
                .field("iat", now).field("exp", now + 60)
                .field("nonce", nonce)
                .field(lti + "deployment_id", "1")
                .field(lti + "target_link_uri", targetLinkUri)
                .field(lti + "message_type", "LtiResourceLinkRequest")
                .field(lti + "version", "1.3.0")
                .array(lti + "roles", "http://purl.imsglobal.org/vocab/lis/v2/membership#"
                        + (teacher ? "Instructor" : "Learner"))
                .object(lti + "context")
                    .field("id", courseId)
                    .field("label", "FR-ECRIT-" + courseId)
                    .field("title", "Français écrit — groupe " + courseId)
                    .array("type", "CourseSection")
                .close()
                .object(lti + "resource_link")
                    .field("id", linkId)
                    .field("title", "Positionnement " + linkId)
                .close()
                .object(lti + "launch_presentation")
                    .field("locale", "fr")
                    .field("document_target", "iframe")
                    .field("return_url", issuer + "/course/" + courseId)
                .close()
                .object(lti + "tool_platform")
                    .field("family_code", "moodle")
                    .field("version", "2024100700")
                    .field("guid", "loadgen.invalid")
                    .field("name", "Plateforme de charge")
                .close()
                .object(lti + "ext")
                    .field("lms", "moodle-2")
                    .field("user_username", "user" + user)
                .close()
                .field("given_name", "Prénom" + user)
                .field("family_name", "Nom" + user)
                .field("name", "Prénom" + user + " Nom" + user)
                .field("email", "user" + user + "@etu.loadgen.invalid")
                .object("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint")
                    .array("scope", "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                            "https://purl.imsglobal.org/spec/lti-ags/scope/score")
                    .field("lineitems", issuer + "/services/" + courseId + "/lineitems?type_id=1")
                    .field("lineitem", issuer + "/services/" + courseId + "/lineitems/" + linkId + "/lineitem?type_id=1")
                .close()
                .object("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice")
                    .field("context_memberships_url",
                            issuer + "/services/CourseSection/" + courseId + "/bindings/1/memberships")
                    .array("service_versions", "1.0", "2.0")
                .close()
                .close();
        String signingInput = jwsHeader + "." + BASE64URL.encodeToString(claims.bytes());
        try {
            Signature signature = rs256.get();
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void register() throws IOException {
        String body = "{\"label\":\"Générateur de charge\",\"issuer\":\"" + issuer + "\",\"clientId\":\"" + clientId
                + "\",\"authorizationEndpoint\":\"" + issuer + "/auth\",\"tokenEndpoint\":\"" + issuer
                + "/token\",\"jwksUri\":\"" + issuer + "/jwks\",\"deploymentIds\":[\"1\"]}";
        LoopbackHttp.Response response;
        try (LoopbackHttp http = new LoopbackHttp()) {
            response = http.post(options.tool + "/api/v1/demo/platforms",
                    Map.of("Authorization", "Bearer " + apiToken(), "Accept", "application/json"), "application/json",
                    body.getBytes(StandardCharsets.UTF_8), true);
        }
        if (response.status() != 200) {
            throw new IllegalStateException("registration refused: " + response.status() + " " + response.text());
        }
        System.out.println("registered platform " + issuer + " client_id " + clientId);
    }

    /** The token given, or a new one created on the admin page with the admin's password. */
    private String apiToken() {
        if (options.adminToken != null) {
            return options.adminToken;
        }
        BrowserSession admin = new BrowserSession(URI.create(options.tool).getPort());
        admin.signIn(options.adminUser, options.adminPassword);
        return ConsortiumAdmins.apiTokenThroughPage(admin, "Générateur de charge", ApiScope.REGISTRATIONS_WRITE);
    }

    private void startJwksServer() throws IOException {
        jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.jwksPort), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwksServer.createContext("/loadgen-platform/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        jwksServer.start();
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

    private static LoopbackHttp.Response post(LoopbackHttp http, String url, Map<String, String> form, String cookie)
            throws IOException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.post(url, cookie == null || cookie.isEmpty() ? Map.of() : Map.of("Cookie", cookie),
                "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The cookies a response sets, as a Cookie header (the browser of one launch keeps them all). */
    private static String cookies(LoopbackHttp.Response response) {
        return response.headers("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> !c.endsWith("=")).collect(Collectors.joining("; "));
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Writes a JSON object by hand (cheaper than a claims map and a serializer per id_token). */
    static final class Json {

        private final StringBuilder out = new StringBuilder(2048);
        private boolean first = true;

        Json open() {
            out.append('{');
            first = true;
            return this;
        }

        Json close() {
            out.append('}');
            first = false;
            return this;
        }

        Json object(String name) {
            return name(name).open();
        }

        Json field(String name, String value) {
            name(name).string(value);
            return this;
        }

        Json field(String name, long value) {
            name(name).out.append(value);
            return this;
        }

        Json array(String name, String... values) {
            name(name).out.append('[');
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(values[i]);
            }
            out.append(']');
            return this;
        }

        byte[] bytes() {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        private Json name(String name) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(name);
            out.append(':');
            return this;
        }

        private void string(String value) {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
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
