package fr.plume.tool.demo.loadgen;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
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
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The registered test platform the load generators act as: its own RSA key, a loopback HTTP
 * server (JWKS, an OAuth token endpoint, and AGS score endpoints that count every score they
 * receive per user, like a counting WireMock stub), its registration on the tool through the
 * demo-only endpoint {@code POST /api/v1/demo/platforms}, and complete browser-like LTI 1.3
 * launches: POST /lti/login, read state/nonce from the tool's redirect, sign the id_token
 * (RS256, JSON written by hand and signed with the JDK: cheap, the generator shares the cores with
 * the tool), POST it with the state cookie.
 */
final class LoadPlatform implements AutoCloseable {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern SCORE_USER = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"");

    private final RSAKey key;
    /** base64url of the JWS header, the same for every id_token. */
    private final String jwsHeader;
    private final ThreadLocal<Signature> rs256;
    private final String issuer;
    private final String clientId = "loadgen-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpServer server;
    /** Scores received, per "line item path|user": more than one for a user and line item is a doubled grade. */
    private final Map<String, AtomicLong> scores = new ConcurrentHashMap<>();

    /** Who launches, from where, with which custom parameters (the link's Deep Linking parameters). */
    record Launch(String user, String course, String link, boolean teacher, Map<String, String> custom) {
    }

    /**
     * Where a launch ended: {@code failure} null when it landed; then the session cookie and the
     * path of the page it landed on.
     */
    record Launched(String failure, String session, String landing) {

        static Launched failed(String failure) {
            return new Launched(failure, null, null);
        }
    }

    LoadPlatform(int port) throws JOSEException, IOException {
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
        this.server = startServer(port);
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/loadgen-platform";
    }

    String issuer() {
        return issuer;
    }

    /** Scores received per "line item path|user id". */
    Map<String, AtomicLong> scores() {
        return scores;
    }

    /** Registers this platform on the tool (the token given, or one created with the admin's password). */
    void register(String tool, String label, String adminToken, String adminUser, String adminPassword) throws IOException {
        String token = adminToken != null ? adminToken : apiToken(tool, adminUser, adminPassword);
        String body = "{\"label\":\"" + label + "\",\"issuer\":\"" + issuer + "\",\"clientId\":\"" + clientId
                + "\",\"authorizationEndpoint\":\"" + issuer + "/auth\",\"tokenEndpoint\":\"" + issuer
                + "/token\",\"jwksUri\":\"" + issuer + "/jwks\",\"deploymentIds\":[\"1\"]}";
        LoopbackHttp.Response response;
        try (LoopbackHttp http = new LoopbackHttp()) {
            response = http.post(tool + "/api/v1/demo/platforms",
                    Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), "application/json",
                    body.getBytes(StandardCharsets.UTF_8), true);
        }
        if (response.status() != 200) {
            throw new IllegalStateException("registration refused: " + response.status() + " " + response.text());
        }
        System.out.println("registered platform " + issuer + " client_id " + clientId);
    }

    private static String apiToken(String tool, String adminUser, String adminPassword) {
        BrowserSession admin = new BrowserSession(URI.create(tool).getPort());
        admin.signIn(adminUser, adminPassword);
        return ConsortiumAdmins.apiTokenThroughPage(admin, "Générateur de charge", ApiScope.REGISTRATIONS_WRITE);
    }

    /**
     * One complete launch in a fresh browser. {@code publicUrl} is the tool's public address (the
     * one its redirects name); every request goes to {@code nodes.next()}, the node a load
     * balancer would pick, with the path of the address the tool gave.
     */
    Launched launch(Nodes nodes, String publicUrl, Launch who) throws IOException {
        String targetLinkUri = publicUrl + "/lti/launch";
        Map<String, String> initiation = new LinkedHashMap<>();
        initiation.put("iss", issuer);
        initiation.put("target_link_uri", targetLinkUri);
        initiation.put("login_hint", who.user());
        initiation.put("lti_message_hint", who.course() + ":" + who.link());
        initiation.put("client_id", clientId);
        initiation.put("lti_deployment_id", "1");
        LoopbackHttp.Response login = nodes.post("/lti/login", form(initiation), null);
        if (login.status() != 302) {
            return Launched.failed("login-" + login.status());
        }
        String stateCookie = cookies(login);
        Map<String, String> auth = query(URI.create(orElse(login.header("Location"), "")));
        String redirectUri = auth.get("redirect_uri");
        if (!"openid".equals(auth.get("scope")) || !"id_token".equals(auth.get("response_type"))
                || !clientId.equals(auth.get("client_id")) || auth.get("nonce") == null || redirectUri == null) {
            return Launched.failed("bad-authentication-request");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", idToken(who, auth.get("nonce"), targetLinkUri));
        form.put("state", auth.get("state"));
        LoopbackHttp.Response launch = nodes.post(URI.create(redirectUri).getRawPath(), form(form), stateCookie);
        if (launch.status() != 302 && launch.status() != 303) {
            return Launched.failed("launch-" + launch.status());
        }
        URI landing = URI.create(redirectUri).resolve(orElse(launch.header("Location"), "/"));
        return new Launched(null, cookies(launch), landing.getRawPath());
    }

    /** The id_token Moodle would send for this person, course and link (see IdTokenClaims). */
    private String idToken(Launch who, String nonce, String targetLinkUri) {
        long now = Instant.now().getEpochSecond();
        String courseId = who.course();
        String linkId = who.link();
        String user = who.user();
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
                        + (who.teacher() ? "Instructor" : "Learner"))
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
                .close();
        if (!who.custom().isEmpty()) {
            claims.object(lti + "custom");
            who.custom().forEach(claims::field);
            claims.close();
        }
        claims.field("given_name", "Prénom" + user)
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

    private HttpServer startServer(int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        http.createContext("/loadgen-platform/jwks", exchange -> reply(exchange, 200, jwks));
        http.createContext("/loadgen-platform/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            reply(exchange, 200, ("{\"access_token\":\"" + UUID.randomUUID()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8));
        });
        http.createContext("/loadgen-platform/services/", this::service);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        return http;
    }

    /** AGS: a score is counted per line item and user; anything else (line item reads) gets an empty object. */
    private void service(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/scores")) {
            Matcher user = SCORE_USER.matcher(body);
            String who = user.find() ? user.group(1) : "?";
            scores.computeIfAbsent(path + "|" + who, k -> new AtomicLong()).incrementAndGet();
        }
        reply(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The tool's node(s) a request goes to: one base URL, or several in turn (a tiny load balancer). */
    interface Nodes {

        /** POST of a form, without following redirects; the response body is read but not kept. */
        LoopbackHttp.Response post(String path, byte[] form, String cookie) throws IOException;
    }

    static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    /** The cookies a response sets, as a Cookie header (the browser of one launch keeps them all). */
    static String cookies(LoopbackHttp.Response response) {
        return response.headers("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> !c.endsWith("=")).collect(Collectors.joining("; "));
    }

    static String orElse(String value, String fallback) {
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

    static String enc(String value) {
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
}
