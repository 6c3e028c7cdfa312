package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs every folder of {@code lti/launches/} through real HTTP: login initiation (state cookie),
 * a signed id_token built from {@code payload.json} (+ {@code header.json}, {@code mutation.json}:
 * {@code padCustom} adds a custom parameter of that many characters before signing),
 * the form POST to /lti/launch, and compares with {@code expected.json}.
 */
@PlumeIntegrationTest
class LaunchFixturesTest {

    private static final Pattern NOW = Pattern.compile("\"\\$\\{now([+-]\\d+)?}\"");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    private static TestPlatform platform;

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;

    private LaunchFlow flow;

    @BeforeAll
    static void startPlatform() {
        platform = new TestPlatform("https://moodle.fixtures.test", "plume-fixtures-client", "1");
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void register() {
        platform.register(registrations, members, "fixtures");
        flow = new LaunchFlow(new Http(port), platform);
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(LaunchFixturesTest.class.getResource("/lti/launches").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void launch(String name) throws Exception {
        Map<String, Object> expected = json(name, "expected.json");
        Map<String, Object> mutation = has(name, "mutation.json") ? json(name, "mutation.json") : Map.of();
        LaunchFlow.Login login = flow.login();

        String token = token(name, login.nonce(), mutation);
        String state = login.state();
        String cookie = login.cookieHeader();
        if ("missing".equals(mutation.get("token"))) {
            token = null;
        } else if (mutation.get("token") instanceof String garbage) {
            token = garbage;
        }
        if (Boolean.TRUE.equals(mutation.get("replay"))) {
            assertThat(flow.launch(token, state, cookie).statusCode()).as("first launch").isEqualTo(302);
            login = flow.login();
            state = login.state();
            cookie = login.cookieHeader();
        }
        switch (String.valueOf(mutation.get("state"))) {
            case "missing" -> state = null;
            case "forged" -> state = "forged-state-never-issued";
            case "other-browser" -> state = flow.login().state();
            case "reused" -> assertThat(flow.launch(token, state, cookie).statusCode()).isEqualTo(302);
            default -> { }
        }
        if ("dropped".equals(mutation.get("cookie"))) {
            cookie = null;
        }

        HttpResponse<String> response = flow.launch(token, state, cookie);

        assertThat(response.statusCode()).as("status of " + name + ": " + excerpt(response))
                .isEqualTo(((Number) expected.get("status")).intValue());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at fr.plume");
        if (expected.get("code") instanceof String code) {
            assertThat(response.body()).contains(code);
            assertThat(response.body()).contains("<html lang=\"fr\"").contains("<main");
            assertThat(LaunchFlow.sessionCookie(response)).as("no session for a refused launch").isNull();
        }
        if (Boolean.TRUE.equals(expected.get("relaunch"))) {
            assertThat(response.body()).contains("target=\"_blank\"").contains("/lti/login?iss=")
                    .contains("login_hint=hint-42");
        }
        if (expected.get("landing") instanceof String landing) {
            String location = response.headers().firstValue("Location").orElseThrow();
            String path = URI.create(location).getPath();
            assertThat(path).matches(landing.replace("{contextId}", "[0-9a-f-]{36}"));
            String session = LaunchFlow.sessionCookie(response);
            assertThat(session).as("session cookie").isNotNull();
            HttpResponse<String> page = flow.get(path, session);
            assertThat(page.statusCode()).as("landing page").isEqualTo(200);
            @SuppressWarnings("unchecked")
            List<String> roles = (List<String>) expected.get("roles");
            if (!path.startsWith("/lti/")) {
                Matcher shown = Pattern.compile("data-roles=\"([^\"]*)\"").matcher(page.body());
                assertThat(shown.find() ? shown.group(1) : "").as("roles shown by " + path)
                        .isEqualTo(String.join(",", roles));
            }
            if (expected.get("shows") instanceof String shows) {
                assertThat(page.body()).contains(shows);
            }
        }
    }

    private String token(String name, String nonce, Map<String, Object> mutation) throws Exception {
        Map<String, String> variables = Map.of("issuer", platform.issuer(), "clientId", platform.clientId(),
                "deploymentId", platform.deploymentId(), "nonce", nonce, "kid", platform.kid(),
                "targetLinkUri", LaunchFlow.TOOL_LAUNCH_URL);
        Map<String, Object> payload = template(read(name, "payload.json"), variables);
        if (mutation.get("padCustom") instanceof Number size) {
            // A custom parameter of that many characters, signed with the rest: a large but genuine token.
            @SuppressWarnings("unchecked")
            Map<String, Object> custom = new LinkedHashMap<>((Map<String, Object>) payload.get(LtiClaims.CUSTOM));
            custom.put("padding", "x".repeat(size.intValue()));
            payload.put(LtiClaims.CUSTOM, custom);
        }
        Map<String, Object> header = has(name, "header.json")
                ? template(read(name, "header.json"), variables)
                : Map.of("alg", "RS256", "kid", platform.kid(), "typ", "JWT");
        String token = platform.sign(header, payload);
        if (mutation.get("tamper") instanceof Map<?, ?> changes) {
            Map<String, Object> altered = new LinkedHashMap<>(payload);
            changes.forEach((k, v) -> altered.put((String) k, v));
            token = TestPlatform.tamper(token, altered);
        }
        return token;
    }

    static Map<String, Object> template(String text, Map<String, String> variables) throws ParseException {
        long now = Instant.now().getEpochSecond();
        Matcher times = NOW.matcher(text);
        StringBuilder withTimes = new StringBuilder();
        while (times.find()) {
            long offset = times.group(1) == null ? 0 : Long.parseLong(times.group(1));
            times.appendReplacement(withTimes, Long.toString(now + offset));
        }
        times.appendTail(withTimes);
        Matcher vars = VARIABLE.matcher(withTimes);
        StringBuilder done = new StringBuilder();
        while (vars.find()) {
            String value = variables.get(vars.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Unknown fixture variable " + vars.group());
            }
            vars.appendReplacement(done, Matcher.quoteReplacement(value));
        }
        vars.appendTail(done);
        return JSONObjectUtils.parse(done.toString());
    }

    private static String excerpt(HttpResponse<String> response) {
        String body = response.body();
        int code = body.indexOf("<code>");
        return code < 0 ? body.substring(0, Math.min(200, body.length())) : body.substring(code, Math.min(code + 60, body.length()));
    }

    private static boolean has(String name, String file) {
        return LaunchFixturesTest.class.getResource("/lti/launches/" + name + "/" + file) != null;
    }

    private static Map<String, Object> json(String name, String file) throws ParseException {
        return JSONObjectUtils.parse(read(name, file));
    }

    private static String read(String name, String file) {
        try (var in = LaunchFixturesTest.class.getResourceAsStream("/lti/launches/" + name + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
