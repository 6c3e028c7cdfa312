package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The consortium administrator's registration page and REST API. */
@PlumeIntegrationTest
class RegistrationAdminTest {

    private static final String ADMIN = "lti-admin";
    private static final String PASSWORD = "lti admin test password";

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account(ADMIN, PASSWORD);
    @Autowired
    Members members;

    private Http http;
    private String token;

    @BeforeEach
    void administrator() {
        token = administrator.apiToken(ApiScope.REGISTRATIONS_READ, ApiScope.REGISTRATIONS_WRITE);
        members.ensure("api-univ", "Université de l’API");
        http = new Http(port);
    }

    private HttpResponse<String> api(String method, String path, String json, boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (authenticated) {
            ConsortiumAdmins.bearer(request, token);
        }
        return http.send(request.build());
    }

    @Test
    void createsListsAndDisablesARegistrationThroughTheApi() {
        String body = """
                {"memberCode": "api-univ", "label": "Moodle API", "issuer": "https://moodle.api.test",
                 "clientId": "api-client", "authorizationEndpoint": "https://moodle.api.test/mod/lti/auth.php",
                 "tokenEndpoint": "https://moodle.api.test/mod/lti/token.php",
                 "jwksUri": "https://moodle.api.test/mod/lti/certs.php", "deploymentIds": ["3", "4"]}""";

        HttpResponse<String> created = api("POST", "/api/v1/admin/registrations", body, true);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"clientId\":\"api-client\"").contains("\"status\":\"ACTIVE\"")
                .contains("\"deploymentIds\":[\"3\",\"4\"]");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(api("POST", "/api/v1/admin/registrations", body, true).statusCode()).as("idempotent").isEqualTo(201);
        assertThat(api("GET", "/api/v1/admin/registrations", null, true).body()).contains("api-client");

        HttpResponse<String> disabled = api("PUT", location + "/status", "{\"status\":\"DISABLED\"}", true);
        assertThat(disabled.body()).contains("\"status\":\"DISABLED\"");
        HttpResponse<String> login = http.get("/lti/login?iss=https%3A%2F%2Fmoodle.api.test&client_id=api-client"
                + "&login_hint=1&target_link_uri=x");
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("LTI-PLATFORM-DISABLED");
    }

    @Test
    void refusesInvalidRegistrationsWithProblemJson() {
        HttpResponse<String> insecure = api("POST", "/api/v1/admin/registrations", """
                {"memberCode": "api-univ", "issuer": "http://moodle.insecure.example", "clientId": "c",
                 "authorizationEndpoint": "https://a.example/auth", "tokenEndpoint": "https://a.example/token",
                 "jwksUri": "https://a.example/jwks"}""", true);

        assertThat(insecure.statusCode()).isEqualTo(400);
        assertThat(insecure.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(insecure.body()).contains("\"code\":\"LTI-REGISTRATION-INVALID\"").contains("issuer");

        HttpResponse<String> unknownMember = api("POST", "/api/v1/admin/registrations", """
                {"memberCode": "nobody", "issuer": "https://m.example", "clientId": "c",
                 "authorizationEndpoint": "https://m.example/auth", "tokenEndpoint": "https://m.example/token",
                 "jwksUri": "https://m.example/jwks"}""", true);
        assertThat(unknownMember.statusCode()).isEqualTo(404);
        assertThat(unknownMember.body()).contains("LTI-MEMBER-UNKNOWN");

        assertThat(api("GET", "/api/v1/admin/registrations", null, false).statusCode()).isEqualTo(401);
        assertThat(api("POST", "/api/v1/admin/tool-keys/rotate", null, false).statusCode()).isEqualTo(401);
    }

    @Test
    void theAdminPageShowsTheValuesToPasteAndAddsARegistrationByHand() {
        String session = formLogin();
        HttpResponse<String> page = get("/admin/lti/registrations", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("http://localhost:8080/lti/login").contains("http://localhost:8080/lti/launch")
                .contains("http://localhost:8080/.well-known/jwks.json")
                .contains("/lti/register?member=api-univ&amp;sig=").contains("<h1");

        String memberId = members.findByCode("api-univ").orElseThrow().id().toString();
        HttpResponse<String> added = post("/admin/lti/registrations", session, Map.of("_csrf", csrf(page.body()),
                "memberId", memberId, "label", "Moodle manuel", "issuer", "https://moodle.manual.test",
                "clientId", "manual-client", "authorizationEndpoint", "https://moodle.manual.test/mod/lti/auth.php",
                "tokenEndpoint", "https://moodle.manual.test/mod/lti/token.php",
                "jwksUri", "https://moodle.manual.test/mod/lti/certs.php", "deploymentIds", "1, 2"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(get("/admin/lti/registrations", session).body()).contains("manual-client").contains("1, 2");

        HttpResponse<String> invalid = post("/admin/lti/registrations", session, Map.of("_csrf", csrf(page.body()),
                "memberId", memberId, "issuer", "not a url", "clientId", "x", "authorizationEndpoint", "",
                "tokenEndpoint", "", "jwksUri", ""));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("role=\"alert\"").contains("Émetteur");
    }

    private String formLogin() {
        HttpResponse<String> loginPage = http.get("/login");
        String cookie = cookie(loginPage);
        HttpResponse<String> login = post("/login", cookie, Map.of("username", ADMIN, "password", PASSWORD,
                "_csrf", csrf(loginPage.body())));
        assertThat(login.statusCode()).isEqualTo(302);
        String session = cookie(login);
        return session == null ? cookie : session;
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("csrf field").isTrue();
        return m.group(1);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PLUME_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path, String cookie) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Cookie", cookie).GET().build());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LaunchFlow.form(form)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build());
    }

}
