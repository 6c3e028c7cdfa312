package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.identity.application.ManageApiTokens;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.Multipart;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Deep Linking 2.0 end to end: request, picker, signed response verified with the tool's JWKS. */
@PlumeIntegrationTest
class DeepLinkingTest {

    private static final String RETURN_URL = "https://moodle.dl.test/mod/lti/contentitem_return.php?course=4&id=2&sesskey=abc";
    private static TestPlatform platform;

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    Frameworks frameworks;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ManageApiTokens tokens;

    private Http http;
    private LaunchFlow flow;

    @BeforeAll
    static void start() {
        platform = new TestPlatform("https://moodle.dl.test", "dl-client", "12");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void register() throws IOException {
        platform.register(registrations, members, "dl-univ");
        http = new Http(port);
        flow = new LaunchFlow(http, platform);
        storeTheSampleFrameworkUnlessOneIs();
    }

    /** Practice activities come from the current framework: the sample one (competencies 1.1…) when none is stored. */
    private void storeTheSampleFrameworkUnlessOneIs() throws IOException {
        if (frameworks.current().isPresent()) {
            return;
        }
        ConsortiumAdmins.ensure(accounts, encoder, "dl-admin", "deep linking admin password");
        Multipart sample = new Multipart().file("file", "referentiel-plume-ecrit.case.json",
                new ClassPathResource("samples/framework/referentiel-plume-ecrit.case.json").getContentAsByteArray());
        String token = ConsortiumAdmins.apiToken(tokens, "dl-admin", ApiScope.FRAMEWORKS_WRITE);
        HttpResponse<String> stored = http.send(ConsortiumAdmins.bearer(HttpRequest.newBuilder(
                        http.uri("/api/v1/admin/frameworks")), token)
                .header("Content-Type", sample.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample.body())).build());
        assertThat(stored.statusCode()).isEqualTo(201);
    }

    /** Launches a deep-linking request and returns the session cookie. */
    private String deepLinkingSession(Object acceptMultiple) {
        LaunchFlow.Login login = flow.login();
        long now = Instant.now().getEpochSecond();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", RETURN_URL);
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", acceptMultiple);
        settings.put("auto_create", "false");
        settings.put("data", "opaque-platform-data-7");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", platform.issuer());
        claims.put("aud", List.of(platform.clientId()));
        claims.put("sub", "teacher-3");
        claims.put("iat", now);
        claims.put("exp", now + 60);
        claims.put("nonce", login.nonce());
        claims.put("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "12");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
        claims.put("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", "4", "title", "FLE"));
        claims.put("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings);
        HttpResponse<String> launch = flow.launch(platform.sign(Map.of("alg", "RS256", "kid", platform.kid()), claims),
                login.state(), login.cookieHeader());
        assertThat(launch.statusCode()).isEqualTo(302);
        assertThat(launch.headers().firstValue("Location").orElseThrow()).endsWith("/lti/deep-link");
        return LaunchFlow.sessionCookie(launch);
    }

    private static String token(String page) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theTeacherPlacesActivitiesAndThePlatformGetsASignedResponse() throws Exception {
        String session = deepLinkingSession("true");
        HttpResponse<String> picker = flow.get("/lti/deep-link", session);
        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).contains("value=\"diagnostic\"").contains("value=\"formative-1.1\"")
                .contains("value=\"certification\"").contains("type=\"checkbox\"");

        HttpResponse<String> answer = flow.post("/lti/deep-link", session, Map.of(
                "token", List.of(token(picker.body())), "activity", List.of("diagnostic", "formative-1.1")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("action=\"" + RETURN_URL.replace("&", "&amp;") + "\"")
                .contains("name=\"JWT\"").contains("/js/lti-autosubmit.js");
        assertThat(answer.body()).as("the tool's CSRF token never travels to the platform").doesNotContain("_csrf");
        Matcher m = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"").matcher(answer.body());
        assertThat(m.find()).isTrue();
        SignedJWT jwt = SignedJWT.parse(m.group(1));

        JWKSet toolKeys = JWKSet.parse(http.get("/.well-known/jwks.json").body());
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        RSAKey key = (RSAKey) toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("dl-client");
        assertThat(claims.getAudience()).containsExactly("https://moodle.dl.test");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
                .isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id")).isEqualTo("12");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
                .isEqualTo("opaque-platform-data-7");
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) claims.getClaim(
                "https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(items).hasSize(2);
        Map<String, Object> formative = items.get(1);
        assertThat(formative).containsEntry("type", "ltiResourceLink").containsKey("url");
        assertThat((Map<String, Object>) formative.get("custom")).containsEntry("plume_activity", "formative-1.1")
                .containsEntry("plume_competency", "1.1");
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) formative.get("lineItem");
        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).as("the scale the tool sends scores on")
                .isEqualTo(fr.plume.tool.shared.domain.GradeScale.MAXIMUM);
        assertThat(lineItem).containsEntry("resourceId", "formative-1.1").containsEntry("tag", "competency:1.1")
                .containsKey("label");

        HttpResponse<String> again = flow.post("/lti/deep-link", session, Map.of(
                "token", List.of(token(picker.body())), "activity", List.of("diagnostic")));
        assertThat(again.statusCode()).as("one response per request").isEqualTo(400);
        assertThat(again.body()).contains("LTI-DEEP-LINKING-EXPIRED");
    }

    @Test
    void aFormPostedFromElsewhereIsRefused() {
        String session = deepLinkingSession(true);

        HttpResponse<String> forged = flow.post("/lti/deep-link", session, Map.of(
                "token", List.of("guessed"), "activity", List.of("diagnostic")));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("LTI-DEEP-LINKING-TOKEN-INVALID");
    }

    @Test
    void onlyOneActivityWhenThePlatformSaysAcceptMultipleFalseAsAString() {
        String session = deepLinkingSession("false");
        HttpResponse<String> picker = flow.get("/lti/deep-link", session);
        assertThat(picker.body()).contains("type=\"radio\"").doesNotContain("type=\"checkbox\"");

        HttpResponse<String> two = flow.post("/lti/deep-link", session, Map.of(
                "token", List.of(token(picker.body())), "activity", List.of("diagnostic", "certification")));

        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(two.body()).contains("LTI-DEEP-LINKING-SINGLE-ONLY");
    }
}
