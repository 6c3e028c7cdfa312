package fr.plume.tool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.DemoPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo platform's AGS, NRPS and token endpoints answer as Moodle's do. The test plays the
 * tool: its own key, served on loopback, stands in for the tool's JWKS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"demo", "test"})
class DemoPlatformServicesTest {

    static final int PORT = FreePort.find();
    static final String BASE = "http://localhost:" + PORT;
    static final String PLATFORM = BASE + "/demo/platform";
    static final String COURSE = DemoCatalogue.COURSE.id();
    static final TestTool TOOL = new TestTool();

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("plume.public-url", () -> BASE);
        registry.add("plume.db.embedded.data-dir", () -> "target/demo-test-pg");
        registry.add("plume.db.embedded.clean-on-start", () -> "true");
        registry.add("plume.demo.tool-jwks-url", TOOL::jwksUrl);
    }

    @Autowired
    DemoPlatform platform;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void issuesBearerTokensForAValidClientAssertion() throws Exception {
        HttpResponse<String> response = tokenRequest(TOOL.clientAssertion(platform.clientId(), PLATFORM + "/token"),
                Scopes.SCORE + " " + Scopes.MEMBERSHIPS + " https://example.org/unknown-scope");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> token = JSONObjectUtils.parse(response.body());
        assertThat(token).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600L)
                .containsEntry("scope", Scopes.SCORE + " " + Scopes.MEMBERSHIPS);
        assertThat((String) token.get("access_token")).hasSizeGreaterThan(30);
    }

    @Test
    void refusesReplayedWronglyAddressedOrUselessAssertions() throws Exception {
        String assertion = TOOL.clientAssertion(platform.clientId(), PLATFORM + "/token");
        assertThat(tokenRequest(assertion, Scopes.SCORE).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = tokenRequest(assertion, Scopes.SCORE);
        HttpResponse<String> wrongAudience = tokenRequest(TOOL.clientAssertion(platform.clientId(), PLATFORM), Scopes.SCORE);
        HttpResponse<String> wrongClient = tokenRequest(TOOL.clientAssertion("someone-else", PLATFORM + "/token"), Scopes.SCORE);
        HttpResponse<String> noScope = tokenRequest(TOOL.clientAssertion(platform.clientId(), PLATFORM + "/token"),
                "https://example.org/nothing");

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("\"error\":\"invalid_client\"");
        assertThat(wrongAudience.body()).contains("invalid_client");
        assertThat(wrongClient.body()).contains("invalid_client");
        assertThat(noScope.body()).contains("invalid_scope");
    }

    @Test
    void servicesWantATokenWithTheRightScope() {
        assertThat(get(PLATFORM + "/services/" + COURSE + "/lineitems", null, null).statusCode()).isEqualTo(401);
        String scoreOnly = token(Scopes.SCORE);
        HttpResponse<String> lineItems = get(PLATFORM + "/services/" + COURSE + "/lineitems", scoreOnly, null);
        assertThat(lineItems.statusCode()).isEqualTo(401);
        assertThat(lineItems.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void createsListsPagesAndReadsLineItemsLikeMoodle() throws Exception {
        String token = token(Scopes.LINEITEM);
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> created = post(PLATFORM + "/services/" + COURSE + "/lineitems?type_id=1", token,
                    "application/vnd.ims.lis.v2.lineitem+json",
                    "{\"label\":\"Module " + i + "\",\"scoreMaximum\":20,\"resourceId\":\"module-" + i
                            + "\",\"tag\":\"paging\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/vnd.ims.lis.v2.lineitem+json"));
            assertThat(JSONObjectUtils.parse(created.body()).get("id").toString())
                    .matches(PLATFORM.replace(".", "\\.") + "/services/7/lineitems/\\d+/lineitem\\?type_id=1");
        }

        List<Object> all = new ArrayList<>();
        String next = PLATFORM + "/services/" + COURSE + "/lineitems?type_id=1&tag=paging&limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = get(next, token, "application/vnd.ims.lis.v2.lineitemcontainer+json");
            assertThat(page.statusCode()).isEqualTo(200);
            all.addAll(com.nimbusds.jose.util.JSONArrayUtils.parse(page.body()));
            next = nextFromMoodleLinkHeader(page);
            pages++;
        }

        assertThat(pages).isEqualTo(2);
        assertThat(all).hasSize(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) all.get(0);
        assertThat(first).containsEntry("label", "Module 1").containsEntry("scoreMaximum", 20.0)
                .containsEntry("resourceId", "module-1").containsEntry("tag", "paging");
        HttpResponse<String> one = get(first.get("id").toString(), token, "application/vnd.ims.lis.v2.lineitem+json");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(one.body())).containsEntry("label", "Module 1");
    }

    @Test
    void refusesMalformedLineItems() {
        String token = token(Scopes.LINEITEM);
        String url = PLATFORM + "/services/" + COURSE + "/lineitems?type_id=1";

        assertThat(post(url, token, "application/vnd.ims.lis.v2.lineitem+json", "{\"label\":\"Sans maximum\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post(url, token, "application/json", "{\"label\":\"x\",\"scoreMaximum\":10}").statusCode())
                .isEqualTo(400);
        assertThat(post(url, token, "application/vnd.ims.lis.v2.lineitem+json",
                "{\"label\":\"x\",\"scoreMaximum\":10,\"resourceLinkId\":\"99999\"}").statusCode()).isEqualTo(403);
        assertThat(post(PLATFORM + "/services/999/lineitems", token, "application/vnd.ims.lis.v2.lineitem+json",
                "{\"label\":\"x\",\"scoreMaximum\":10}").statusCode()).isEqualTo(404);
    }

    @Test
    void appliesMoodlesScoreRulesAndShowsTheGradeInTheGradebook() throws Exception {
        String lineItem = createLineItem("Certification blanche");
        String scores = lineItem.replace("/lineitem?", "/lineitem/scores?");
        String token = token(Scopes.SCORE + " " + Scopes.RESULT_READONLY);
        Instant t = Instant.parse("2026-05-04T08:00:00Z");

        HttpResponse<String> accepted = postScore(scores, token, score("202", 83, t));
        HttpResponse<String> sameSecond = postScore(scores, token, score("202", 90, t.plusMillis(500)));
        HttpResponse<String> older = postScore(scores, token, score("202", 90, t.minusSeconds(60)));
        HttpResponse<String> newer = postScore(scores, token, score("202", 87, t.plusSeconds(1)));
        HttpResponse<String> teacher = postScore(scores, token, score("101", 50, t));
        HttpResponse<String> unknown = postScore(scores, token, score("999", 50, t));
        HttpResponse<String> wrongType = post(scores, token, "application/json", score("203", 50, t));
        HttpResponse<String> noColumn = postScore(PLATFORM + "/services/7/lineitems/987654/lineitem/scores?type_id=1",
                token, score("203", 50, t));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(sameSecond.statusCode()).isEqualTo(409);
        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(older.body()).contains("Refusing score with an earlier timestamp");
        assertThat(newer.statusCode()).isEqualTo(200);
        assertThat(teacher.statusCode()).isEqualTo(400);
        assertThat(teacher.body()).contains("user 101 is not gradable");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(noColumn.statusCode()).isEqualTo(404);

        HttpResponse<String> results = get(lineItem.replace("/lineitem?", "/lineitem/results?"), token, null);
        assertThat(results.body()).contains("\"userId\":\"202\"").contains("\"resultScore\":87.0");
        String gradebook = get(BASE + "/demo/gradebook", null, null).body();
        assertThat(gradebook).contains("Certification blanche").contains("87 / 100")
                .contains("Refusing score with an earlier timestamp")
                .as("the score's timestamp in the one date format, Paris time").contains("4 mai 2026 à 10:00");
    }

    @Test
    void listsActiveMembersWithShortRolesAndPagesWithRelNext() throws Exception {
        String token = token(Scopes.MEMBERSHIPS);
        String next = PLATFORM + "/services/CourseSection/" + COURSE + "/bindings/1/memberships?limit=2";
        List<Map<String, Object>> members = new ArrayList<>();
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = get(next, token, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
            assertThat(page.statusCode()).isEqualTo(200);
            Map<String, Object> body = JSONObjectUtils.parse(page.body());
            assertThat(JSONObjectUtils.getJSONObject(body, "context")).containsEntry("id", COURSE);
            for (Object member : JSONObjectUtils.getJSONArray(body, "members")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) member;
                members.add(m);
            }
            next = page.headers().firstValue("Link")
                    .map(l -> l.replaceAll("^<([^>]*)>; rel=\"next\"$", "$1")).orElse(null);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(members).extracting(m -> m.get("user_id")).containsExactly("201", "202", "203", "101", "102");
        assertThat(members).allSatisfy(m -> assertThat(m).containsEntry("status", "Active"));
        assertThat(members.get(0)).containsEntry("roles", List.of("Learner")).containsEntry("given_name", "Camille");
        assertThat(members.get(3)).containsEntry("roles", List.of("Instructor"));

        HttpResponse<String> learners = get(PLATFORM + "/services/CourseSection/" + COURSE
                + "/bindings/1/memberships?role=" + URLEncoder.encode(
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", StandardCharsets.UTF_8), token, null);
        assertThat(JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(learners.body()), "members")).hasSize(3);
        assertThat(learners.headers().firstValue("Link")).isEmpty();
    }

    @Test
    void publishesItsSigningKey() throws Exception {
        HttpResponse<String> jwks = get(PLATFORM + "/jwks", null, null);

        Map<String, Object> key = JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(jwks.body()), "keys")[0];
        assertThat(key).containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsEntry("use", "sig")
                .containsKey("kid").doesNotContainKey("d");
    }

    /** Moodle's Link header: raw UTF-8 typographic quotes and &amp;-escaped URLs. */
    private static String nextFromMoodleLinkHeader(HttpResponse<String> page) {
        String raw = page.headers().firstValue("Link").orElse(null);
        if (raw == null) {
            return null;
        }
        String header = new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertThat(header).contains("rel=\u201Cfirst\u201D");
        Matcher next = Pattern.compile("<([^>]*)>; rel=\u201Cnext\u201D").matcher(header);
        return next.find() ? next.group(1).replace("&amp;", "&") : null;
    }

    private String createLineItem(String label) throws ParseException {
        HttpResponse<String> created = post(PLATFORM + "/services/" + COURSE + "/lineitems?type_id=1",
                token(Scopes.LINEITEM), "application/vnd.ims.lis.v2.lineitem+json",
                "{\"label\":\"" + label + "\",\"scoreMaximum\":100}");
        assertThat(created.statusCode()).isEqualTo(201);
        return JSONObjectUtils.parse(created.body()).get("id").toString();
    }

    private static String score(String user, int given, Instant at) {
        return "{\"userId\":\"" + user + "\",\"scoreGiven\":" + given + ",\"scoreMaximum\":100,"
                + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"" + at + "\"}";
    }

    private HttpResponse<String> postScore(String url, String token, String body) {
        return post(url, token, "application/vnd.ims.lis.v1.score+json", body);
    }

    private String token(String scope) {
        try {
            HttpResponse<String> response = tokenRequest(TOOL.clientAssertion(platform.clientId(), PLATFORM + "/token"), scope);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return (String) JSONObjectUtils.parse(response.body()).get("access_token");
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> tokenRequest(String assertion, String scope) {
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion) + "&scope=" + enc(scope);
        return send(HttpRequest.newBuilder(URI.create(PLATFORM + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> get(String url, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String url, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
