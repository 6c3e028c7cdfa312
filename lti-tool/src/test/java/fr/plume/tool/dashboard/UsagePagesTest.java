package fr.plume.tool.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Who may open the usage report: the consortium administrator, a member administrator for their member; nobody else. */
@PlumeIntegrationTest
class UsagePagesTest {

    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    private static final List<String> ROUTES = List.of("/admin/usage", "/admin/usage.xlsx", "/admin/member/usage",
            "/admin/member/usage.xlsx");

    @RegisterExtension
    final ConsortiumAdmins.Account admin = ConsortiumAdmins.account("usage-admin", "usage-admin-password-1");
    @RegisterExtension
    final ConsortiumAdmins.Account author = ConsortiumAdmins.account("usage-author", "usage-author-password-1",
            java.util.Set.of(fr.plume.tool.identity.domain.ToolRole.AUTHOR));

    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Value("${local.server.port}")
    int port;

    @Test
    void theConsortiumAdministratorGetsThePageAndTheWorkbook() {
        BrowserSession browser = admin.signedIn();

        HttpResponse<String> page = browser.get("/admin/usage?from=2026-09&to=2027-08");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<main").contains("<h1").contains("id=\"usage\"").contains("id=\"split\"");
        assertThat(browser.get("/admin/usage.xlsx").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void anInvalidPeriodIsABadRequestWithItsCode() {
        HttpResponse<String> page = admin.signedIn().get("/admin/usage?from=2027-08&to=2026-09");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("USAGE-PERIOD-INVALID");
    }

    @Test
    void aStudentOrATeacherLaunchedFromMoodleIsRefused() {
        try (TestPlatform platform = TestPlatform.registeredFor(registrations, members, "usage-lti")) {
            LaunchFlow flow = new LaunchFlow(new Http(port), platform);
            for (String role : List.of(LEARNER, INSTRUCTOR)) {
                String cookie = flow.launchResourceLink("person-" + role.hashCode(), role,
                        Map.of("id", "course-1", "label", "C1", "title", "Cours"), Map.of("id", "link-1", "title", "A"),
                        Map.of());
                for (String route : ROUTES) {
                    HttpResponse<String> refused = flow.get(route, cookie);
                    assertThat(refused.statusCode()).as(role + " " + route).isEqualTo(403);
                    assertThat(refused.body()).doesNotContain("id=\"usage\"");
                }
            }
        }
    }

    @Test
    void anAccountWithoutTheRoleIsRefused() {
        BrowserSession browser = author.signedIn();

        for (String route : ROUTES) {
            assertThat(browser.get(route).statusCode()).as(route).isEqualTo(403);
        }
    }

    @Test
    void theConsortiumAdministratorIsNoMemberAdministrator() {
        BrowserSession browser = admin.signedIn();

        assertThat(browser.get("/admin/member/usage").statusCode()).isEqualTo(403);
    }
}
