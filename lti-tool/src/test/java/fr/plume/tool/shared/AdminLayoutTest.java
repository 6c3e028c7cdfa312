package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.tool.framework.application.ImportFramework;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.shared.web.DateDisplay;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** Every admin page in one layout (navigation, sign-out), the admin start page, dates, the 403 page. */
@PlumeIntegrationTest
class AdminLayoutTest {

    private static final String ADMIN = "layout-admin";
    private static final String OFFICER = "layout-officer";
    private static final String PASSWORD = "layout correct horse";
    private static final Pattern ISO_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account(ADMIN, PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account certificationOfficer = ConsortiumAdmins.account(OFFICER, PASSWORD,
            Set.of(ToolRole.CERTIFICATION_OFFICER));
    @Autowired
    ImportFramework importFramework;
    @Autowired
    Frameworks frameworks;
    @Autowired
    DateDisplay dates;

    private BrowserSession admin;
    private Frameworks.FrameworkSummary framework;

    @BeforeEach
    void signedInAdministrator() throws Exception {
        framework = anyStoredFramework();
        admin = administrator.signedIn();
    }

    @Test
    void signingInLandsOnTheAdminStartPage() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> signedIn = browser.submitSignIn(ADMIN, PASSWORD);

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        String home = browser.follow(signedIn).body();
        assertThat(home).contains("<h1>Administration du consortium</h1>").contains("href=\"/admin/api-tokens\"");
    }

    @Test
    void signingInReturnsToThePageAskedFor() {
        BrowserSession browser = new BrowserSession(port);
        assertThat(browser.get("/admin/grades").statusCode()).isEqualTo(302);

        HttpResponse<String> signedIn = browser.submitSignIn(ADMIN, PASSWORD);

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/admin/grades");
    }

    @Test
    void everyAdminPageHasTheNavigationWithItsPageMarkedAndSignOut() {
        AdminNavigation.LINKS.values().forEach(path -> {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertLayout(page.body(), path);
            assertThat(page.body()).as(path).contains("<a href=\"" + path + "\" aria-current=\"page\">");
            assertThat(page.body().split("aria-current=\"page\"", -1)).as(path + ": one current page").hasSize(2);
        });
        String detail = admin.get("/admin/frameworks/" + framework.versionId()).body();
        assertLayout(detail, "framework page");
        assertThat(detail).contains("<a href=\"/admin/frameworks\" aria-current=\"true\">");
    }

    @Test
    void signingOutEndsTheSession() {
        String page = admin.get("/admin").body();

        HttpResponse<String> signedOut = admin.postForm("/logout", Map.of("_csrf", BrowserSession.csrfToken(page)));

        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(admin.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void datesAreShownInTheOneFormatInFrenchAndEnglish() {
        String importedAt = dates.format(framework.importedAt(), Locale.FRENCH);
        assertThat(importedAt).matches("\\d{1,2} \\S+ \\d{4} à \\d{2}:\\d{2}");

        String french = admin.get("/admin/frameworks").body();
        String keys = admin.get("/admin/lti/registrations").body();

        assertThat(french).contains(importedAt).doesNotContain(" UTC");
        assertThat(ISO_MOMENT.matcher(french).find()).as("no ISO timestamp on the frameworks page").isFalse();
        assertThat(ISO_MOMENT.matcher(keys).find()).as("no ISO timestamp on the registrations page").isFalse();
        String english = admin.get("/admin/frameworks?lang=en").body();
        assertThat(english).contains(dates.format(framework.importedAt(), Locale.ENGLISH)).contains(" at ");
    }

    @Test
    void anotherRoleIsToldWhatIsRefusedAndWhomToAsk() {
        BrowserSession officer = certificationOfficer.signedIn();

        HttpResponse<String> french = officer.get("/admin/frameworks");
        HttpResponse<String> english = officer.get("/admin/frameworks?lang=en");

        assertThat(french.statusCode()).isEqualTo(403);
        assertThat(french.body()).contains("<html lang=\"fr\"").contains("<h1>Accès refusé</h1>")
                .contains("« " + OFFICER + " »").contains("/admin/frameworks")
                .contains("administrateur du consortium").contains("AUTH-FORBIDDEN")
                .contains("action=\"/logout\"").doesNotContain("quelques instants");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Access refused")
                .contains("consortium administrator").doesNotContain("in a moment");
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedWithAPageSayingSo() {
        HttpResponse<String> forged = admin.postForm("/admin/api-tokens", Map.of("name", "x", "scopes", "sync:run"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Formulaire expiré").contains("AUTH-CSRF").contains("Rien n’a été modifié");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        HttpResponse<String> start = new Http(port).get("/admin");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** A stored framework version; the sample one is imported only when none is stored yet. */
    private Frameworks.FrameworkSummary anyStoredFramework() throws Exception {
        if (frameworks.list().isEmpty()) {
            try (InputStream sample = new ClassPathResource("samples/framework/referentiel-plume-ecrit.case.json")
                    .getInputStream()) {
                importFramework.importFile(FrameworkFormat.CASE_JSON, sample, ADMIN);
            }
        }
        return frameworks.list().get(0);
    }

    private static void assertLayout(String html, String page) {
        assertThat(html).as(page).contains("<nav class=\"admin-nav\" aria-label=\"Administration\">")
                .contains("href=\"/admin/frameworks\"").contains("href=\"/admin/lti/registrations\"")
                .contains("href=\"/admin/grades\"").contains("href=\"/admin/sync\"")
                .contains("href=\"/admin/api-tokens\"")
                .contains("href=\"/admin/certification-results\"")
                .containsPattern("(?s)<form class=\"sign-out\" method=\"post\" action=\"/logout\">"
                        + "(?:(?!</form>).)*name=\"_csrf\"")
                .contains("Se déconnecter");
    }
}
