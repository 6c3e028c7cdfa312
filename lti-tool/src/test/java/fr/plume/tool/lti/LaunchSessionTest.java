package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cookies for the iframe, sessions in PostgreSQL, login parameters, JWKS refetch bounds, isolation. */
@PlumeIntegrationTest
class LaunchSessionTest {

    private static TestPlatform platform;
    private static TestPlatform otherMember;

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private Http http;
    private LaunchFlow flow;

    @BeforeAll
    static void platforms() {
        platform = new TestPlatform("https://moodle.session.test", "session-client", "d-1");
        otherMember = new TestPlatform("https://moodle.other-member.test", "other-client", "d-9");
    }

    @AfterAll
    static void stop() {
        platform.close();
        otherMember.close();
    }

    @BeforeEach
    void register() {
        platform.register(registrations, members, "session-univ");
        otherMember.register(registrations, members, "other-univ");
        http = new Http(port);
        flow = new LaunchFlow(http, platform);
    }

    private Map<String, Object> claims(TestPlatform p, String nonce, List<String> roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", p.issuer());
        claims.put("aud", p.clientId());
        claims.put("sub", "user-1");
        claims.put("iat", now);
        claims.put("exp", now + 60);
        claims.put("nonce", nonce);
        claims.put("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", p.deploymentId());
        claims.put("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", LaunchFlow.TOOL_LAUNCH_URL);
        claims.put("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "rl-1"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", "course-1", "title", "Cours"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/roles", roles);
        return claims;
    }

    private HttpResponse<String> launch(TestPlatform p, LaunchFlow f, List<String> roles) {
        LaunchFlow.Login login = f.login();
        String token = p.sign(Map.of("alg", "RS256", "kid", p.kid()), claims(p, login.nonce(), roles));
        return f.launch(token, login.state(), login.cookieHeader());
    }

    @Test
    void stateCookieIsBoundForAThirdPartyIframe() {
        LaunchFlow.Login login = flow.login();

        assertThat(login.setCookie()).contains("Secure").contains("HttpOnly").contains("SameSite=None")
                .contains("Partitioned").contains("Path=/lti/");
    }

    @Test
    void loginEchoesTheHintsVerbatimAndUsesTheRegisteredRedirectUri() {
        String messageHint = "{\"cmid\":7,\"launchid\":\"ltilaunch1_1234\"}";
        HttpResponse<String> response = http.get("/lti/login?iss=" + enc(platform.issuer()) + "&login_hint=42%2B1"
                + "&target_link_uri=" + enc(LaunchFlow.TOOL_LAUNCH_URL) + "&lti_message_hint=" + enc(messageHint));

        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> query = LaunchFlow.query(java.net.URI.create(response.headers().firstValue("Location").orElseThrow()));
        assertThat(query).containsEntry("login_hint", "42+1").containsEntry("lti_message_hint", messageHint)
                .containsEntry("client_id", "session-client").containsEntry("response_mode", "form_post")
                .containsEntry("response_type", "id_token").containsEntry("scope", "openid")
                .containsEntry("prompt", "none").containsEntry("redirect_uri", "http://localhost:8080/lti/launch");
        assertThat(query.get("state")).hasSizeGreaterThan(40);
        assertThat(query.get("nonce")).hasSizeGreaterThan(40).isNotEqualTo(query.get("state"));
    }

    @Test
    void loginRefusesUnknownPlatformsAndAmbiguousIssuers() {
        assertThat(http.get("/lti/login?iss=https%3A%2F%2Funknown.example&login_hint=1&target_link_uri=x").body())
                .contains("LTI-PLATFORM-UNKNOWN");
        try (TestPlatform first = new TestPlatform("https://moodle.twice.test", "site-tool", "d-1");
                TestPlatform second = new TestPlatform("https://moodle.twice.test", "course-tool", "d-2")) {
            first.register(registrations, members, "session-univ");
            second.register(registrations, members, "session-univ");
        }
        HttpResponse<String> ambiguous = http.get("/lti/login?iss=" + enc("https://moodle.twice.test")
                + "&login_hint=1&target_link_uri=x");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(ambiguous.body()).contains("LTI-LOGIN-CLIENT-AMBIGUOUS");
    }

    @Test
    void theToolSessionLivesInPostgresqlWithAnIframeCookie() {
        HttpResponse<String> response = launch(platform, flow, List.of("Learner"));

        assertThat(response.statusCode()).isEqualTo(302);
        String setCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("PLUME_SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Secure").contains("HttpOnly").contains("SameSite=None").contains("Partitioned");
        String sessionId = new String(java.util.Base64.getDecoder().decode(
                setCookie.substring("PLUME_SESSION=".length(), setCookie.indexOf(';'))));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id").param("id", sessionId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
                        WHERE s.session_id = :id AND a.attribute_name = 'plume.lti.launch'""")
                .param("id", sessionId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLaunchEndsTheSessionTheBrowserHadBefore() {
        HttpResponse<String> first = launch(platform, flow, List.of("Learner"));
        String before = LaunchFlow.sessionCookie(first);
        LaunchFlow.Login login = flow.login();
        String token = platform.sign(Map.of("alg", "RS256", "kid", platform.kid()),
                claims(platform, login.nonce(), List.of("Learner")));

        HttpResponse<String> second = flow.launch(token, login.state(), login.cookieHeader() + "; " + before);

        String after = LaunchFlow.sessionCookie(second);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id")
                .param("id", sessionId(before)).query(Long.class).single()).as("the previous session").isZero();
        assertThat(flow.get(second.headers().firstValue("Location").orElseThrow(), after).statusCode())
                .isEqualTo(200);
    }

    @Test
    void pagesReadTheLaunchWithoutRewritingTheSession() {
        HttpResponse<String> launch = launch(platform, flow, List.of("Learner"));
        String cookie = LaunchFlow.sessionCookie(launch);
        String versions = """
                SELECT string_agg(a.attribute_name || '@' || a.xmin::text, ',' ORDER BY a.attribute_name)
                FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
                WHERE s.session_id = :id""";
        String before = jdbc.sql(versions).param("id", sessionId(cookie)).query(String.class).single();

        assertThat(flow.get(launch.headers().firstValue("Location").orElseThrow(), cookie).statusCode())
                .isEqualTo(200);

        assertThat(before).as("the launch stores the pages' CSRF token with the session").contains("plume.csrfToken@");
        assertThat(jdbc.sql(versions).param("id", sessionId(cookie)).query(String.class).single())
                .as("attributes written by the page").isEqualTo(before);
    }

    @Test
    void loginAndLaunchAnswersCarryTheSecurityHeaders() {
        LaunchFlow.Login login = flow.login();
        HttpResponse<String> launch = flow.launch(platform.sign(Map.of("alg", "RS256", "kid", platform.kid()),
                claims(platform, login.nonce(), List.of("Learner"))), login.state(), login.cookieHeader());

        for (HttpResponse<String> response : List.of(login.response(), launch)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'self'").contains("form-action 'self'").doesNotContain("*");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        }
    }

    private static String sessionId(String cookie) {
        return new String(java.util.Base64.getDecoder().decode(cookie.substring("PLUME_SESSION=".length())));
    }

    @Test
    void aTeacherSeesOnlyTheCourseTheyLaunchedFrom() {
        HttpResponse<String> mine = launch(platform, flow, List.of("Instructor"));
        String session = LaunchFlow.sessionCookie(mine);
        String myClass = java.net.URI.create(mine.headers().firstValue("Location").orElseThrow()).getPath();

        LaunchFlow otherFlow = new LaunchFlow(http, otherMember);
        HttpResponse<String> theirs = launch(otherMember, otherFlow, List.of("Instructor"));
        String theirClass = java.net.URI.create(theirs.headers().firstValue("Location").orElseThrow()).getPath();

        assertThat(myClass).isNotEqualTo(theirClass);
        assertThat(flow.get(myClass, session).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = flow.get(theirClass, session);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("LTI-ROLE-FORBIDDEN");
        assertThat(flow.get("/author", session).statusCode()).isEqualTo(200);
    }

    @Test
    void aLearnerCannotOpenTheClassPage() {
        HttpResponse<String> learner = launch(platform, flow, List.of("Learner"));
        String session = LaunchFlow.sessionCookie(learner);
        Long contextCount = jdbc.sql("SELECT count(*) FROM lti_context").query(Long.class).single();

        assertThat(contextCount).isPositive();
        String anyContext = jdbc.sql("SELECT id::text FROM lti_context LIMIT 1").query(String.class).single();
        assertThat(flow.get("/class/" + anyContext, session).statusCode()).isEqualTo(403);
        assertThat(flow.get("/author", session).statusCode()).isEqualTo(403);
        assertThat(flow.get("/app", session).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownKidsRefetchTheJwksAtMostOncePerInterval() {
        launch(platform, flow, List.of("Learner"));
        int before = platform.jwksFetches();
        for (int i = 0; i < 3; i++) {
            LaunchFlow.Login login = flow.login();
            String token = platform.sign(Map.of("alg", "RS256", "kid", "rotated-" + i),
                    claims(platform, login.nonce(), List.of("Learner")));
            HttpResponse<String> response = flow.launch(token, login.state(), login.cookieHeader());
            assertThat(response.body()).contains("LTI-KID-UNKNOWN");
        }
        assertThat(platform.jwksFetches() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void aLaunchByGetIsExplainedNotCrashed() {
        HttpResponse<String> response = http.get("/lti/launch", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("LTI-LAUNCH-NOT-POST").contains("<html lang=\"en\"");
    }

    @Test
    void aHeadLoginIsRefusedNotCrashed() {
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/lti/login"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void pagesWithoutALaunchAskToRelaunch() {
        for (String page : List.of("/app", "/app/attempts/" + java.util.UUID.randomUUID(),
                "/class/" + java.util.UUID.randomUUID(), "/author")) {
            assertAsksToRelaunch(http.get(page), page, "fr");
        }
        assertAsksToRelaunch(http.get("/app", "Accept-Language", "en"), "/app in English", "en");
    }

    @Test
    void aReloadAfterTheSessionExpiredAsksToRelaunch() {
        HttpResponse<String> launch = launch(platform, flow, List.of("Instructor"));
        String cookie = LaunchFlow.sessionCookie(launch);
        String classPage = java.net.URI.create(launch.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(flow.get(classPage, cookie).statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE spring_session SET last_access_time = 0, expiry_time = 0 WHERE session_id = :id").param("id", sessionId(cookie))
                .update();

        assertAsksToRelaunch(flow.get(classPage, cookie), "reload of " + classPage, "fr");
    }

    @Test
    void aFormPostedAfterTheSessionEndedAsksToRelaunch() {
        HttpResponse<String> response = flow.post("/app/attempts/" + java.util.UUID.randomUUID() + "/answer",
                "PLUME_SESSION=" + java.util.Base64.getEncoder().encodeToString("gone".getBytes()),
                Map.of("_csrf", List.of("stale-token")));

        assertAsksToRelaunch(response, "stale form post", "fr");
    }

    @Test
    void clientsReadingJsonGetTheRelaunchReasonAsAProblem() {
        HttpResponse<String> response = http.get("/app", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"LTI-SESSION-MISSING\"");
    }

    private static void assertAsksToRelaunch(HttpResponse<String> response, String what, String language) {
        assertThat(response.statusCode()).as(what).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).as(what).isEmpty();
        assertThat(response.body()).as(what).contains("<html lang=\"" + language + "\"").contains("<main")
                .contains("<code>LTI-SESSION-MISSING</code>").contains("id=\"relaunch-steps\"")
                .contains(language.equals("fr") ? "ouvrez l’activité dans un nouvel onglet" : "open the activity in a new tab")
                .doesNotContain("name=\"password\"").doesNotContain("name=\"_csrf\"");
        assertThat(LaunchFlow.sessionCookie(response)).as(what + ": no new session").isNull();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Map<String, Object> parse(String json) throws java.text.ParseException {
        return JSONObjectUtils.parse(json);
    }
}
