package fr.plume.tool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.support.AxeCheck;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The privacy pages in Debian's Chromium at 1280 and 320 px: the student's "My data", reached with
 * the keyboard from their home, and the administrators' search and person pages. axe-core finds no
 * serious or critical violation, nothing scrolls sideways, one h1 each.
 */
@PlumeIntegrationTest
class PrivacyPagesBrowserTest {

    private static final String PASSWORD = "privacy browser correct horse";
    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @RegisterExtension
    final StudentLaunchers launchers = new StudentLaunchers();
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account("privacy-browser-admin", PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account memberAdmin = ConsortiumAdmins.memberAdmin("privacy-browser-member", PASSWORD,
            "privacy-browser");
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportItems items;
    @Autowired
    ItemCatalog catalog;

    @Test
    void aStudentReachesMyDataWithTheKeyboardAndItIsAccessibleAtBothWidths() throws Exception {
        People people = new People(jdbc, items, catalog);
        StudentLauncher.Session student = People.launch(launchers.member("privacy-browser"), "browser-1", "Maëlys",
                "Vandenberghe-Delacroix");
        people.writeEssay(student, "Une rédaction " + UUID.randomUUID() + " avec un-très-long-mot-qui-ne-se-coupe-pas");
        for (int width : List.of(1280, 320)) {
            BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                    .setViewportSize(width, 800));
            String[] cookie = student.cookie().split("=", 2);
            context.addCookies(List.of(new Cookie(cookie[0], cookie[1]).setUrl(base())));
            Page page = context.newPage();
            page.navigate(base() + "/app");
            page.locator("a[href='/app/my-data']").focus();
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.url()).endsWith("/app/my-data");
            assertThat(page.locator("h1").innerText()).isEqualTo("Mes données");
            check(page, "my data at " + width + " px");
            context.close();
        }
    }

    @Test
    void theAdministratorsSearchAndPersonPagesAreAccessibleAtBothWidths() throws Exception {
        People people = new People(jdbc, items, catalog);
        StudentLauncher launcher = launchers.member("privacy-browser");
        StudentLauncher.Session student = People.launch(launcher, "browser-2", "Anne-Sophie", "Kowalczyk");
        people.writeEssay(student, "Texte " + UUID.randomUUID());
        UUID person = people.personOf(launcher, "browser-2");
        for (String account : List.of(administrator.username(), memberAdmin.username())) {
            for (int width : List.of(1280, 320)) {
                Page page = signedIn(account, width);
                page.navigate(base() + "/admin/privacy");
                page.getByLabel("Nom, courriel ou identifiant sur la plateforme").fill("Kowalczyk");
                page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Chercher")).click());
                assertThat(page.locator("main li a").first().innerText()).contains("Kowalczyk");
                check(page, account + " search at " + width + " px");
                page.navigate(base() + "/admin/privacy/people/" + person);
                check(page, account + " person at " + width + " px");
                page.context().close();
            }
        }
    }

    private Page signedIn(String username, int width) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(width, 800));
        Page page = context.newPage();
        page.navigate(base() + "/login");
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
        assertThat(page.locator("main").count()).isEqualTo(1);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
