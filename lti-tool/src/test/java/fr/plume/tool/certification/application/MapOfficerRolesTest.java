package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consortium administrator maps an LTI role (here a Moodle custom role URN) to the national
 * officer: a launch with that role reaches the officer's pages and may revoke; launches with other
 * roles, officers and anonymous visitors are refused, and only consortium administrators map roles.
 */
@CertificationToolTest
class MapOfficerRolesTest {

    private static final String PAGE = "/admin/certification/officer-roles";
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final String INSTITUTION_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    @RegisterExtension
    ConsortiumAdmins.Account admin = ConsortiumAdmins.account("officer-roles-admin", "admin-password-1");
    @RegisterExtension
    ConsortiumAdmins.Account officer = ConsortiumAdmins.account("roles-officer", "officer-password-1",
            Set.of(ToolRole.CERTIFICATION_OFFICER));

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext tool;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private TestPlatform platform;
    private LaunchFlow flow;
    private final String customRole = "urn:moodle:role/certification-officer-" + UUID.randomUUID();

    @BeforeEach
    void platform() {
        platform = TestPlatform.registeredFor(registrations, members, "cert-officer-roles");
        flow = new LaunchFlow(new Http(port), platform);
    }

    @AfterEach
    void close() {
        tool.getBean(MapOfficerRoles.class).unmap("tests", customRole);
        platform.close();
    }

    @Test
    void aLaunchWithAMappedRoleReachesTheOfficerPagesAndOthersAreRefused() {
        LaunchFlow.Session before = launch(List.of(LEARNER, customRole));
        assertThat(before.get("/certif/review").statusCode()).as("not mapped yet").isEqualTo(403);

        BrowserSession browser = admin.signedIn();
        String page = browser.get(PAGE).body();
        HttpResponse<String> mapped = browser.postForm(PAGE, Map.of("_csrf", BrowserSession.csrfToken(page),
                "role", customRole));
        assertThat(mapped.statusCode()).isEqualTo(302);
        assertThat(browser.follow(mapped).body()).contains("Le rôle est associé au responsable national.", customRole);

        LaunchFlow.Session mappedOfficer = launch(List.of(customRole));
        HttpResponse<String> review = mappedOfficer.get("/certif/review");
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(mappedOfficer.get("/certif/certificates").statusCode()).isEqualTo(200);
        assertThat(mappedOfficer.get("/certif/audit").statusCode()).isEqualTo(200);
        Certificate certificate = new IssuedCertificates(tool).issued("Noé Garnier");
        String certificates = mappedOfficer.get("/certif/certificates").body();
        assertThat(mappedOfficer.post("/certif/certificates/" + certificate.id() + "/revoke", certificates,
                Map.of("reason", List.of("RESULT_ERROR"))).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT revoked_by FROM certification_certificate WHERE id = :id")
                .param("id", certificate.id()).query(String.class).single()).startsWith("lti:");

        assertThat(before.get("/certif/review").statusCode()).as("a session opened before the mapping").isEqualTo(403);
        LaunchFlow.Session other = launch(List.of(LEARNER, INSTITUTION_ADMIN, customRole + "-other"));
        assertThat(other.get("/certif/review").statusCode()).isEqualTo(403);
        assertThat(other.get("/certif/certificates").statusCode()).isEqualTo(403);
        assertThat(other.get("/certif/audit").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT action FROM certification_audit WHERE details = :d")
                .param("d", "role=" + customRole).query(String.class).list()).containsExactly("officer-role.mapped");
    }

    @Test
    void onlyConsortiumAdministratorsMapRoles() {
        tool.getBean(MapOfficerRoles.class).map("tests", customRole);
        LaunchFlow.Session mappedOfficer = launch(List.of(customRole));
        BrowserSession anonymous = new BrowserSession(port);
        BrowserSession officerBrowser = officer.signedIn();

        HttpResponse<String> noOne = anonymous.get(PAGE);
        assertThat(noOne.statusCode()).isEqualTo(302);
        assertThat(noOne.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(officerBrowser.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(mappedOfficer.get(PAGE).statusCode()).isIn(302, 403);
        String csrf = BrowserSession.csrfToken(officerBrowser.get("/certif/audit").body());
        assertThat(officerBrowser.postForm(PAGE, Map.of("_csrf", csrf, "role", "Learner")).statusCode()).isEqualTo(403);
        assertThat(officerBrowser.postForm(PAGE + "/remove", Map.of("_csrf", csrf, "role", customRole)).statusCode())
                .isEqualTo(403);
        String review = mappedOfficer.get("/certif/audit").body();
        assertThat(mappedOfficer.post(PAGE, review, Map.of("role", List.of("Learner"))).statusCode()).isIn(302, 403);
        assertThat(anonymous.postForm(PAGE, Map.of("role", "Learner")).statusCode()).isIn(302, 403);
        assertThat(tool.getBean(MapOfficerRoles.class).mapped()).contains(customRole).doesNotContain("Learner");

        BrowserSession browser = admin.signedIn();
        String page = browser.get(PAGE).body();
        HttpResponse<String> blank = browser.postForm(PAGE, Map.of("_csrf", BrowserSession.csrfToken(page), "role", "a b"));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("CERTIFICATION-ROLE-INVALID");
        assertThat(browser.postForm(PAGE + "/remove", Map.of("_csrf", BrowserSession.csrfToken(page), "role", customRole))
                .statusCode()).isEqualTo(302);
        assertThat(launch(List.of(customRole)).get("/certif/review").statusCode()).as("unmapped").isEqualTo(403);
    }

    private LaunchFlow.Session launch(List<String> roles) {
        LaunchFlow.Launched launched = flow.launchResourceLink("person-" + UUID.randomUUID(), roles,
                Map.of("id", "c1", "label", "FLE", "title", "Français"), Map.of("id", "officer-link", "title", "Plume"),
                Map.of(), Map.of());
        return flow.session(launched.cookie());
    }
}
