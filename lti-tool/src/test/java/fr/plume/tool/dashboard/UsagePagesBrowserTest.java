package fr.plume.tool.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.AxeCheck;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The usage report and the attribution pages in Debian's Chromium at 1280 and 320 px: axe-core
 * finds no serious or critical violation and nothing scrolls sideways (wide tables scroll in their
 * own focusable region). A member administrator lands on their member's usage after signing in.
 */
@PlumeIntegrationTest
class UsagePagesBrowserTest {

    private static final String PASSWORD = "usage browser correct horse";
    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account("usage-browser-admin", PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account memberAdmin = ConsortiumAdmins.memberAdmin("usage-browser-member", PASSWORD,
            "usage-browser-univ");
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;

    private Page signedIn(String username, int width) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(width, 800));
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        return page;
    }

    private static void check(Page page, String what) {
        AxeCheck.assertAccessible(page, what);
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("%s fits the screen", what).isEqualTo(true);
        assertThat(page.locator("h1").count()).isEqualTo(1);
    }

    @Test
    void aMemberAdministratorLandsOnTheirUsageWhichIsAccessibleAtBothWidths() {
        for (int width : List.of(1280, 320)) {
            Page page = signedIn(memberAdmin.username(), width);
            assertThat(page.url()).endsWith("/admin/member/usage");
            assertThat(page.locator("h1").innerText()).contains("usage-browser-univ");
            check(page, "member usage at " + width + " px");
            page.context().close();
        }
    }

    @Test
    void theConsortiumsUsageAndAttributionPagesAreAccessibleAtBothWidths() {
        String base = "http://localhost:" + port;
        try (TestPlatform platform = TestPlatform.registeredFor(registrations, members, "usage-browser-host")) {
            String registration = registrations.find(platform.issuer(), platform.clientId()).orElseThrow().id().toString();
            for (int width : List.of(1280, 320)) {
                Page page = signedIn(administrator.username(), width);
                page.navigate(base + "/admin/usage");
                check(page, "consortium usage at " + width + " px");
                page.navigate(base + "/admin/lti/registrations/" + registration + "/attribution");
                page.getByLabel("Valeur lue dans le lancement").selectOption("COURSE_SOURCEDID");
                page.getByLabel("Séparateur").fill("-");
                page.getByLabel("Valeurs et établissements").fill("UB = usage-browser-host");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la règle")).click();
                assertThat(page.locator("[role=status]").first().innerText()).isNotBlank();
                check(page, "attribution page at " + width + " px");
                page.navigate(base + "/admin/lti/launches?member="
                        + members.findByCode("usage-browser-host").orElseThrow().id());
                check(page, "latest launches at " + width + " px");
                page.context().close();
            }
        }
    }
}
