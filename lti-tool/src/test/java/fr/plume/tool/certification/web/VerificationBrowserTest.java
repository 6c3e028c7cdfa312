package fr.plume.tool.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.support.AxeCheck;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.ConsortiumAdmins;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The verification page in Debian's Chromium at 320 px, keyboard only: type a code, read the
 * answer; a mistyped code is explained next to the field; the officer's page too. axe-core finds
 * no serious or critical violation and nothing scrolls sideways.
 */
@CertificationToolTest
class VerificationBrowserTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext tool;
    @RegisterExtension
    ConsortiumAdmins.Account officer = ConsortiumAdmins.account("browser-cert-officer", "officer password 3",
            Set.of(ToolRole.CERTIFICATION_OFFICER));

    @BeforeAll
    static void start() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aVerifierTypesTheCodeWithTheKeyboardAndReadsTheAnswer() {
        Certificate certificate = new IssuedCertificates(tool).issued("Anaïs Vidal");
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setLocale("fr-FR").setViewportSize(320, 640))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/verify");
            checkPage(page, "verification form");

            focus(page, "code");
            page.keyboard().type(certificate.code().grouped().toLowerCase());
            page.keyboard().press("Enter");
            page.waitForURL("**/verify?code=*");

            assertThat(page.locator("h2#result").innerText()).isEqualTo("Certificat valide");
            assertThat(page.locator("main").innerText()).contains("Anaïs Vidal", "Niveau 4");
            checkPage(page, "valid certificate");

            page.navigate("http://localhost:" + port + "/verify/" + IssuedCertificates.mistyped(certificate.code().value()));
            assertThat(page.locator("[role=alert]").innerText()).contains("Code mal saisi");
            checkPage(page, "mistyped code");
        }
    }

    @Test
    void theOfficersCertificatePageIsAccessible() {
        new IssuedCertificates(tool).issued("Basile Renard");
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/certif/certificates");
            page.getByLabel("Identifiant").fill("browser-cert-officer");
            page.getByLabel("Mot de passe").fill("officer password 3");
            page.keyboard().press("Enter");
            page.waitForURL("**/certif/certificates");
            assertThat(page.locator("h1").innerText()).isEqualTo("Certificats délivrés");
            AxeCheck.assertAccessible(page, "officer's certificates");
        }
    }

    /** Tabs from the top of the page until the element with this id has the focus. */
    private static void focus(Page page, String id) {
        for (int i = 0; i < 30; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("() => document.activeElement && document.activeElement.id === '"
                    + id + "'"))) {
                return;
            }
        }
        throw new AssertionError("#" + id + " never got the keyboard focus");
    }

    private static void checkPage(Page page, String what) {
        AxeCheck.assertAccessible(page, what);
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the %s page fits 320 px", what).isEqualTo(true);
    }
}
