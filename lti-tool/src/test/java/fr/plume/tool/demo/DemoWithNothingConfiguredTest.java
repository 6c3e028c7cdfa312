package fr.plume.tool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.Browser.Form;
import fr.plume.tool.demo.Browser.Page;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.shared.domain.DeploymentSecret;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.sync.infra.JdbcSyncSites;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a newcomer starts it, {@code java -jar plume-tool.jar --spring.profiles.active=demo
 * --server.port=…}: no PLUME_PUBLIC_URL, no PLUME_SECRET_KEY, and a port that is not 8080 (here a
 * random one, server.port=0). Launches must go to the port the tool listens on, and the secret the
 * demo generated must serve every module, Moodle tokens included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plume.public-url=", "plume.security.secret-key=",
        "plume.security.demo-secret-file=target/demo-bare/secret-key",
        "plume.db.embedded.data-dir=target/demo-bare/pgdata", "plume.db.embedded.clean-on-start=true"})
@ActiveProfiles({"demo", "test"})
class DemoWithNothingConfiguredTest {

    private static final String MOODLE_TOKEN = "wstoken-of-the-demo-moodle-0123456789abcdef";

    @LocalServerPort
    int port;

    @Autowired
    DemoPlatform platform;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    JdbcSyncSites sites;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeploymentSecret secret;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theDemoPlatformAndTheToolsRegistrationUseThePortTheToolListensOn() {
        assertThat(port).isNotEqualTo(8080);
        assertThat(platform.endpoints().issuer()).isEqualTo(base() + "/demo/platform");
        assertThat(platform.tool().login()).isEqualTo(URI.create(base() + "/lti/login"));
        assertThat(platform.tool().launch()).isEqualTo(URI.create(base() + "/lti/launch"));

        RegistrationView registration = registrations.find(platform.endpoints().issuer(), platform.clientId())
                .orElseThrow();
        assertThat(registration.authorizationEndpoint()).isEqualTo(URI.create(base() + "/demo/platform/auth"));
        assertThat(registration.jwksUri().toString()).startsWith(base() + "/demo/platform/");
        assertThat(registration.status()).isEqualTo("ACTIVE");

        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", "plume-demo");
        assertThat(admin.get("/admin/lti/registrations").body()).contains(base() + "/lti/login")
                .contains(base() + "/lti/launch").contains(base() + "/.well-known/jwks.json");
    }

    @Test
    void theStudentButtonLaunchesThroughTheListeningPort() {
        Browser browser = new Browser();
        Page course = browser.get(base() + "/demo");
        Page activity = browser.submit(course.form("value=\"201\"").with("type", "resource"));
        Page initiation = browser.get(activity.iframeSrc());
        Form login = initiation.form("name=\"lti_message_hint\"");
        assertThat(login.action()).isEqualTo(URI.create(base() + "/lti/login"));
        Page authorization = browser.follow(browser.submit(login));
        Form idToken = authorization.form("name=\"id_token\"");
        assertThat(idToken.action()).isEqualTo(URI.create(base() + "/lti/launch"));

        Page landing = browser.follow(browser.submit(idToken));

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/app");
    }

    @Test
    void anAdministratorSavesAMoodleSiteUnderTheGeneratedSecret() throws Exception {
        Members.Member member = members.ensure(DemoCatalogue.MEMBER_CODE, DemoCatalogue.MEMBER_NAME);
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", "plume-demo");
        String csrf = BrowserSession.csrfToken(admin.get("/admin/sync").body());
        String name = "moodle-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> saved = admin.postForm("/admin/sync/members/" + member.id() + "/sites", Map.of(
                "_csrf", csrf, "name", name, "baseUrl", "https://moodle.demo.example", "token", MOODLE_TOKEN,
                "scaleId", "4", "jobs", "FRAMEWORK_PUSH"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        UUID siteId = sites.ofMember(member.id()).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow().id();
        byte[] stored = jdbc.sql("SELECT token_ciphertext FROM sync_site WHERE id = :id").param("id", siteId)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(MOODLE_TOKEN);
        assertThat(sites.token(member.id(), siteId)).isEqualTo(MOODLE_TOKEN);
        assertThat(secret.value()).isEqualTo(Files.readString(Path.of("target/demo-bare/secret-key")).strip());
    }
}
