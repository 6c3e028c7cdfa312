package fr.plume.tool.psychometrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.support.AxeCheck;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The psychometrician's pages in Debian's Chromium at 1280 and 320 px: axe-core finds no serious or
 * critical violation, nothing scrolls sideways (wide tables scroll in their own focusable region),
 * one h1; the DIF form is filled and sent with the keyboard and its refusal for too few answers is
 * read as a status.
 */
@PlumeIntegrationTest
class PsychometricsPagesBrowserTest {

    private static final String PASSWORD = "psychometrics browser correct horse";
    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account psychometrician = ConsortiumAdmins.account("psychometrics-browser", PASSWORD,
            Set.of(ToolRole.PSYCHOMETRICIAN));

    @Test
    void everyPsychometricsPageIsAccessibleAtBothWidthsAndTheDifFormWorksFromTheKeyboard() {
        String base = "http://localhost:" + port;
        for (int width : List.of(1280, 320)) {
            BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                    .setViewportSize(width, 800));
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.getByLabel("Identifiant").fill(psychometrician.username());
            page.getByLabel("Mot de passe").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            assertThat(page.url()).endsWith("/admin/psychometrics/runs");
            check(page, "runs at " + width + " px");
            for (String path : List.of("/admin/psychometrics/report", "/admin/psychometrics/items",
                    "/admin/psychometrics/exposure", "/admin/psychometrics/dif")) {
                page.navigate(base + path);
                check(page, path + " at " + width + " px");
            }

            page.getByLabel("Candidats avec aménagements (focal) et sans aménagements (référence)").check();
            page.getByLabel("Réponses du (jour inclus)").fill("2018-02-01");
            page.getByLabel("au (jour inclus)").fill("2018-02-28");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyser")).focus();
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("comparison=ACCOMMODATIONS"));

            assertThat(page.locator("[data-refused=too-few]").innerText()).contains("Trop peu de réponses");
            assertThat(page.locator("[data-refused=too-few]").getAttribute("role")).isEqualTo("status");
            check(page, "DIF refusal at " + width + " px");
            context.close();
        }
    }

    private static void check(Page page, String what) {
        AxeCheck.assertAccessible(page, what);
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("%s fits the screen", what).isEqualTo(true);
        assertThat(page.locator("h1").count()).isEqualTo(1);
    }
}
