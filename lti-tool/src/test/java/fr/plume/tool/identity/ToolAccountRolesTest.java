package fr.plume.tool.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Tool accounts land on the home of their role after signing in, and only a consortium
 * administrator grants or revokes roles, on {@code /admin/accounts}.
 */
@PlumeIntegrationTest
class ToolAccountRolesTest {

    private static TestPlatform platform;

    @LocalServerPort
    int port;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;

    @BeforeAll
    static void start() {
        platform = new TestPlatform("https://moodle.roles.test", "roles-client", "1");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void anAuthorAccountLandsOnItsQuestionsAndAnAdministratorOnTheAdministration() {
        ConsortiumAdmins.ensure(accounts, encoder, "landing-author", "landing author password", Set.of(ToolRole.AUTHOR));
        ConsortiumAdmins.ensure(accounts, encoder, "landing-admin", "landing admin password");

        HttpResponse<String> author = new BrowserSession(port).submitSignIn("landing-author", "landing author password");
        HttpResponse<String> admin = new BrowserSession(port).submitSignIn("landing-admin", "landing admin password");

        assertThat(author.headers().firstValue("Location").orElseThrow()).endsWith("/author/items");
        assertThat(admin.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    @Test
    void anAdministratorGrantsTheAuthorRoleThenRevokesIt() {
        ConsortiumAdmins.ensure(accounts, encoder, "roles-admin", "roles admin password");
        ConsortiumAdmins.ensure(accounts, encoder, "future-author", "future author password", Set.of());
        UUID futureAuthor = id("future-author");
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("roles-admin", "roles admin password");

        String page = admin.get("/admin/accounts").body();
        for (ToolRole role : ToolRole.values()) {
            assertThat(page).contains("id=\"role-" + futureAuthor + "-" + role.name() + "\"");
        }
        HttpResponse<String> granted = admin.postForm("/admin/accounts/" + futureAuthor + "/roles",
                List.of(Map.entry("_csrf", BrowserSession.csrfToken(page)), Map.entry("roles", "AUTHOR")));

        assertThat(granted.statusCode()).isEqualTo(302);
        assertThat(roles("future-author")).containsExactly(ToolRole.AUTHOR);
        BrowserSession author = new BrowserSession(port);
        HttpResponse<String> landing = author.submitSignIn("future-author", "future author password");
        assertThat(landing.headers().firstValue("Location").orElseThrow()).endsWith("/author/items");
        assertThat(author.follow(landing).statusCode()).isEqualTo(200);

        admin.postForm("/admin/accounts/" + futureAuthor + "/roles",
                List.of(Map.entry("_csrf", BrowserSession.csrfToken(admin.get("/admin/accounts").body()))));
        assertThat(roles("future-author")).isEmpty();
    }

    @Test
    void anAuthorAccountCannotGrantRoles() {
        ConsortiumAdmins.ensure(accounts, encoder, "pushy-author", "pushy author password", Set.of(ToolRole.AUTHOR));
        UUID self = id("pushy-author");
        BrowserSession author = new BrowserSession(port);
        author.signIn("pushy-author", "pushy author password");
        String csrf = BrowserSession.csrfToken(author.get("/author/items/new").body());

        HttpResponse<String> list = author.get("/admin/accounts");
        HttpResponse<String> grant = author.postForm("/admin/accounts/" + self + "/roles", List.of(
                Map.entry("_csrf", csrf), Map.entry("roles", "AUTHOR"), Map.entry("roles", "CONSORTIUM_ADMIN")));

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(grant.statusCode()).isEqualTo(403);
        assertThat(roles("pushy-author")).containsExactly(ToolRole.AUTHOR);
    }

    @Test
    void aMembersAdministratorLaunchedFromTheirPlatformCannotGrantRoles() {
        ConsortiumAdmins.ensure(accounts, encoder, "kept-author", "kept author password", Set.of(ToolRole.AUTHOR));
        platform.register(registrations, members, "roles-univ");
        LaunchFlow flow = new LaunchFlow(new Http(port), platform);
        LaunchFlow.Session memberAdmin = flow.session(flow.launchResourceLink("member-admin-" + UUID.randomUUID(),
                List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"),
                Map.of("id", "course-r", "title", "Rôles"), Map.of("id", "link-r", "title", "Plume"), Map.of(),
                Map.of()).cookie());
        String anyPage = memberAdmin.get("/app").body();

        HttpResponse<String> grant = memberAdmin.post("/admin/accounts/" + id("kept-author") + "/roles", anyPage,
                Map.of("roles", List.of("CONSORTIUM_ADMIN")));

        assertThat(grant.statusCode()).isIn(302, 401, 403);
        assertThat(grant.headers().firstValue("Location").orElse("")).doesNotEndWith("/admin/accounts");
        assertThat(roles("kept-author")).containsExactly(ToolRole.AUTHOR);
    }

    private UUID id(String username) {
        return accounts.findByUsername(username).map(ToolAccount::id).orElseThrow();
    }

    private Set<ToolRole> roles(String username) {
        return accounts.findByUsername(username).orElseThrow().roles();
    }
}
