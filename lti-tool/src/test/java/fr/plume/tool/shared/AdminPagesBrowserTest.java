package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.support.AxeCheck;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin pages in Debian's Chromium: sign in, the start page, each page reached through the
 * navigation, the API token page after creating a token, sign out; axe-core finds no serious or
 * critical violation and the header fits a 320 px wide screen. Fails (never skips) when the
 * browser cannot start.
 */
@PlumeIntegrationTest
class AdminPagesBrowserTest {

    private static final String ADMIN = "browser-admin";
    private static final String OFFICER = "browser-officer";
    private static final String PASSWORD = "browser admin correct horse";

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account(ADMIN, PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account officer = ConsortiumAdmins.account(OFFICER, PASSWORD,
            Set.of(ToolRole.CERTIFICATION_OFFICER));

    @Test
    void anAdministratorGoesThroughEveryAdminPageWithTheNavigationAndSignsOut() {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(320, 640));
        Page page = context.newPage();
        String base = "http://localhost:" + port;

        page.navigate(base + "/admin/api-tokens");
        AxeCheck.assertAccessible(page, "sign-in page");
        page.getByLabel("Identifiant").fill(ADMIN);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page.url()).contains("/admin/api-tokens");

        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Sauvegarde nocturne");
        page.getByLabel("frameworks:read — lire et exporter les référentiels").check();
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Créer le jeton")).click();
        assertThat(page.locator("#new-token").inputValue()).startsWith("plume_");
        checkPage(page, "API token page with a new token");

        AdminNavigation.LINKS.forEach((link, path) -> {
            page.locator("nav.admin-nav").getByText(link, new Locator.GetByTextOptions().setExact(true)).click();
            page.waitForURL(base + path);
            assertThat(page.locator("nav.admin-nav [aria-current=page]").innerText()).isEqualTo(link);
            checkPage(page, link);
        });

        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Se déconnecter")).click();
        assertThat(page.url()).endsWith("/login?logout");
        context.close();
    }

    @Test
    void anAccountRefusedAnAdminPageReadsWhatIsRefusedOnAnAccessiblePage() {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(320, 640));
        Page page = context.newPage();
        String base = "http://localhost:" + port;

        page.navigate(base + "/admin/frameworks");
        page.getByLabel("Identifiant").fill(OFFICER);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

        assertThat(page.locator("main").innerText()).contains(OFFICER);
        AxeCheck.assertAccessible(page, "access denied page");
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the access denied page fits 320 px").isEqualTo(true);
        context.close();
    }

    private static void checkPage(Page page, String what) {
        AxeCheck.assertAccessible(page, what);
        Object headerFits = page.evaluate("() => document.querySelector('header').scrollWidth <= window.innerWidth");
        assertThat(headerFits).as("header of the %s fits 320 px", what).isEqualTo(true);
    }
}
