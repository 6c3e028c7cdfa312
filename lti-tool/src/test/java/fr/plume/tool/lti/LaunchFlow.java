package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Http;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Drives a browser-like launch over real HTTP: login initiation, then the form POST of the id_token. */
public final class LaunchFlow {

    /** What the login step gave the browser. */
    public record Login(HttpResponse<String> response, URI authorizationRequest, Map<String, String> query,
            String cookieName, String cookieValue, String setCookie) {
        public String state() {
            return query.get("state");
        }

        public String nonce() {
            return query.get("nonce");
        }

        public String cookieHeader() {
            return cookieName + "=" + cookieValue;
        }
    }

    /** The tool's launch URL under the tests' public URL: what platforms send as target_link_uri. */
    public static final String TOOL_LAUNCH_URL = "http://localhost:8080/lti/launch";

    private final Http http;
    private final TestPlatform platform;

    public LaunchFlow(Http http, TestPlatform platform) {
        this.http = http;
        this.platform = platform;
    }

    public Login login() {
        return login(Map.of("iss", platform.issuer(), "login_hint", "hint-42",
                "target_link_uri", TOOL_LAUNCH_URL, "lti_message_hint", "{\"cmid\":7,\"launchid\":\"ltilaunch1_42\"}",
                "client_id", platform.clientId(), "lti_deployment_id", platform.deploymentId()));
    }

    public Login login(Map<String, String> parameters) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build());
        assertThat(response.statusCode()).as("login status").isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        String setCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("plume_lti_state_")).findFirst().orElseThrow();
        String pair = setCookie.substring(0, setCookie.indexOf(';'));
        return new Login(response, location, query(location), pair.substring(0, pair.indexOf('=')),
                pair.substring(pair.indexOf('=') + 1), setCookie);
    }

    public HttpResponse<String> launch(String idToken, String state, String cookieHeader) {
        Map<String, String> body = new LinkedHashMap<>();
        if (idToken != null) {
            body.put("id_token", idToken);
        }
        if (state != null) {
            body.put("state", state);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)));
        if (cookieHeader != null && !cookieHeader.isBlank()) {
            request.header("Cookie", cookieHeader);
        }
        return http.send(request.build());
    }

    /**
     * A complete LtiResourceLinkRequest of {@code sub} with one role, signed by the test
     * platform: login, id_token, launch. Returns the tool session cookie it opened.
     */
    public String launchResourceLink(String sub, String role, Map<String, String> context,
            Map<String, String> resourceLink, Map<String, String> custom) {
        return launchResourceLink(sub, List.of(role), context, resourceLink, custom, Map.of()).cookie();
    }

    /** What a launch opened: the tool session cookie and the page it landed on. */
    public record Launched(String cookie, String landing) {
    }

    /**
     * A complete LtiResourceLinkRequest of {@code sub} with these roles (as the platform spells
     * them) and any further claims (e.g. the AGS endpoint), signed by the test platform.
     */
    public Launched launchResourceLink(String sub, List<String> roles, Map<String, String> context,
            Map<String, String> resourceLink, Map<String, String> custom, Map<String, Object> extraClaims) {
        Login login = login();
        Map<String, Object> claims = platform.resourceLinkClaims(sub, login.nonce(), roles, context, resourceLink,
                custom, TOOL_LAUNCH_URL, Instant.now());
        claims.putAll(extraClaims);
        String token = platform.idToken(claims);
        HttpResponse<String> response = launch(token, login.state(), login.cookieHeader());
        assertThat(response.statusCode()).as("launch").isEqualTo(302);
        String cookie = sessionCookie(response);
        assertThat(cookie).as("session cookie").isNotNull();
        return new Launched(cookie, URI.create(response.headers().firstValue("Location").orElseThrow()).getPath());
    }

    /** A tool session: the PLUME_SESSION cookie of one launch, for the pages that launch may open. */
    public record Session(LaunchFlow flow, String cookie) {

        public HttpResponse<String> get(String path) {
            return flow.get(path, cookie);
        }

        /** Posts the form fields with the CSRF token of {@code pageWithForm}. */
        public HttpResponse<String> post(String path, String pageWithForm, Map<String, List<String>> fields) {
            Map<String, List<String>> form = new LinkedHashMap<>(fields);
            form.put("_csrf", List.of(BrowserSession.csrfToken(pageWithForm)));
            return flow.post(path, cookie, form);
        }
    }

    /** The tool session {@code cookie} opened through this flow. */
    public Session session(String cookie) {
        return new Session(this, cookie);
    }

    /** The session cookie ("PLUME_SESSION=…") a response sets, or null. */
    public static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PLUME_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path, String cookie) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Cookie", cookie).GET().build());
    }

    public HttpResponse<String> post(String path, String cookie, Map<String, List<String>> form) {
        String body = form.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The decoded query parameters of {@code uri}, in order. */
    public static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
