package fr.plume.tool.certification;

import static fr.plume.tool.certification.CertificationFixtures.CERTIFICATION_LINK;
import static fr.plume.tool.certification.CertificationFixtures.OFFICER;
import static fr.plume.tool.certification.CertificationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import fr.plume.tool.assessment.DeliveryTest;
import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.AxeCheck;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The certification journey in Debian's Chromium, keyboard only (issue 17): the officer opens a
 * centre and schedules a session, candidates join with the code, the invigilator (code + PIN)
 * authorises them and records an incident, a candidate closes the tab and resumes, the centre
 * finalises, its manager holds the member's jury and the officer publishes. Every page is checked
 * with axe-core (no serious or critical violation) at 1280 px and reflows at 320 px. With {@code -Dplume.docs.screenshots=true} the pages
 * are saved to {@code docs/images/certification/} for the guide; otherwise nothing is written.
 */
@CertificationIntegrationTest
class CertificationJourneyBrowserTest {

    private static final Path SCREENSHOTS = Path.of("..", "docs", "images", "certification");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MovableClock clock;

    @RegisterExtension
    final CertificationStage stage = new CertificationStage();
    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @Test
    void fromTheSessionToPublicationWithTheKeyboardOnly() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StudentLauncher univ = students.member("univ-journey-" + run);
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-journey-" + run);
        StudentLauncher.Session camille = univ.launch("camille", "cert-journey", CERTIFICATION_LINK);
        StudentLauncher.Session malik = univ.launch("malik", "cert-journey", CERTIFICATION_LINK);
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "camille"), 20);
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "malik"), 20);
        String manager = "centre-" + run;
        CertificationFixtures.ensureAccount(accounts, encoder, manager, Set.of());
        String centreName = "Centre " + run;

        // The officer opens the centre, appoints its manager and schedules the session.
        Page officer = page(chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")));
        signIn(officer, OFFICER);
        officer.navigate(base() + "/certif");
        check(officer, "01-officer-home");
        chooseOption(officer, "#centre-member", jdbc.sql("SELECT name FROM member WHERE id = :m").param("m", memberId)
                .query(String.class).single());
        typeInto(officer, "#centre-name", centreName);
        submit(officer);
        assertThat(officer.locator("[role=status]").innerText()).contains("Le centre est ouvert");
        UUID centre = jdbc.sql("SELECT id FROM certification_centre WHERE name = :n").param("n", centreName)
                .query(UUID.class).single();
        typeInto(officer, "#manager-" + centre, manager);
        submit(officer);
        tabTo(officer, "el.tagName === 'SUMMARY' && el.parentElement.querySelector('[id=\"room-" + centre + "\"]') !== null");
        officer.keyboard().press("Enter");
        typeInto(officer, "#room-" + centre, "Amphi Descartes");
        officer.keyboard().press("Enter");
        officer.waitForURL(Pattern.compile(".*/certif/sessions/[0-9a-f-]+$"));
        String code = officer.locator("[data-access-code]").innerText().strip();
        String pin = officer.locator("[data-pin]").innerText().strip();
        UUID session = UUID.fromString(officer.url().substring(officer.url().lastIndexOf('/') + 1));
        check(officer, "02-session-scheduled");

        // The invigilator opens the live page with the code and the PIN, before anyone joins.
        Page invigilator = page(chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")));
        invigilator.navigate(base() + "/certif/invigilate");
        check(invigilator, "03-invigilator-sign-in");
        typeInto(invigilator, "#code", code);
        invigilator.keyboard().press("Tab");
        invigilator.keyboard().type(pin);
        invigilator.keyboard().press("Enter");
        invigilator.waitForURL(Pattern.compile(".*/certif/invigilate/[0-9a-f-]+$"));

        // Candidates join with the code; the invigilator's list shows them without reloading.
        Page camillePage = candidatePage(camille);
        join(camillePage, code.toLowerCase());
        assertThat(camillePage.locator("[role=status]").innerText()).contains("Le surveillant va autoriser");
        check(camillePage, "04-candidate-waiting");
        join(candidatePage(malik), code);
        invigilator.locator("text=Autoriser le début").first().waitFor();
        assertThat(invigilator.evaluate("() => performance.getEntriesByType('navigation').length")).isEqualTo(1);
        check(invigilator, "05-invigilator-live");
        authorise(invigilator, "Autoriser le début");
        authorise(invigilator, "Autoriser le début");

        // Camille starts when her page shows the button (it refreshes itself), then closes the tab.
        camillePage.locator("button:has-text('Commencer l’épreuve')").waitFor();
        tabTo(camillePage, "el.tagName === 'BUTTON' && el.innerText.includes('Commencer')");
        camillePage.keyboard().press("Enter");
        camillePage.waitForURL(Pattern.compile(".*/app/attempts/[0-9a-f-]+$"));
        String attemptUrl = camillePage.url();
        camillePage.context().close();

        // Malik sits his test (through HTTP, thirty answers) while the invigilator records an incident.
        UUID malikAttempt = startOver(malik);
        for (int i = 0; i < 30; i++) {
            String item = malik.get("/app/attempts/" + malikAttempt).body();
            malik.post("/app/attempts/" + malikAttempt + "/answer", item,
                    DeliveryTest.answerFor(item, StudentLauncher.Session.token(item)));
        }
        invigilator.reload();
        UUID camilleCandidate = jdbc.sql("SELECT id FROM certification_candidate WHERE session_id = :s AND user_id = :u")
                .param("s", session).param("u", CertificationFixtures.userOf(jdbc, univ, "camille")).query(UUID.class).single();
        tabTo(invigilator, "el.tagName === 'SUMMARY' && el.closest('tr').getAttribute('data-candidate') === '"
                + camilleCandidate + "'");
        invigilator.keyboard().press("Enter");
        invigilator.keyboard().press("Tab");
        invigilator.keyboard().press("Tab");
        invigilator.keyboard().press("Tab");
        invigilator.keyboard().type("Coupure du réseau wifi");
        check(invigilator, "06-incident-form");
        invigilator.keyboard().press("Tab");
        submit(invigilator);
        assertThat(invigilator.locator("[role=status]").first().innerText()).contains("L’incident est enregistré");

        // Camille relaunches, types the code again and the invigilator allows her to resume.
        StudentLauncher.Session camilleAgain = univ.launch("camille", "cert-journey", CERTIFICATION_LINK);
        Page resumed = candidatePage(camilleAgain);
        join(resumed, code);
        invigilator.locator("text=Autoriser la reprise").first().waitFor();
        authorise(invigilator, "Autoriser la reprise");
        resumed.locator("button:has-text('Reprendre l’épreuve')").waitFor();
        check(resumed, "07-candidate-resume");
        tabTo(resumed, "el.tagName === 'BUTTON' && el.innerText.includes('Reprendre')");
        resumed.keyboard().press("Enter");
        resumed.waitForURL(Pattern.compile(".*/app/attempts/[0-9a-f-]+$"));
        assertThat(resumed.url()).as("the same attempt").isEqualTo(attemptUrl);

        // Time is up; the centre manager finalises the session.
        clock.advance(Duration.ofMinutes(125));
        malik.get("/app/attempts/" + malikAttempt);
        Page centreManager = page(chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")));
        signIn(centreManager, manager);
        centreManager.navigate(base() + "/certif/sessions/" + session);
        check(centreManager, "08-centre-session");
        tabTo(centreManager, "el.tagName === 'BUTTON' && el.innerText === 'Clore la session'");
        submit(centreManager);
        assertThat(centreManager.locator("[role=status]").first().innerText()).contains("Session close");
        check(centreManager, "09-centre-finalised");

        // The centre manager, as the member university's jury, endorses its candidate and closes the jury.
        centreManager.navigate(base() + "/certif/sessions/" + session + "/jury");
        tabTo(centreManager, "el.tagName === 'BUTTON' && el.innerText === 'Valider'");
        submit(centreManager);
        assertThat(centreManager.locator("[role=status]").first().innerText()).contains("validé par le jury");
        tabTo(centreManager, "el.tagName === 'BUTTON' && el.innerText === 'Clore le jury'");
        submit(centreManager);
        assertThat(centreManager.locator("[role=status]").first().innerText()).contains("Le jury est clos");
        check(centreManager, "12-member-jury");

        // The officer reviews and publishes the session.
        officer.navigate(base() + "/certif/review");
        check(officer, "10-officer-review");
        // Other sessions may wait in the national queue too: this session's button.
        tabTo(officer, "el.tagName === 'BUTTON' && el.innerText.startsWith('Publier toute la session')"
                + " && el.closest('form').action.endsWith('/certif/review/sessions/" + session + "/publish')");
        submit(officer);
        assertThat(officer.locator("[role=status]").first().innerText()).contains("Un résultat publié");
        assertThat(jdbc.sql("SELECT decision FROM certification_candidate WHERE session_id = :s ORDER BY holder_name")
                .param("s", session).query(String.class).list()).containsExactlyInAnyOrder("PUBLISHED", "NO_CERTIFICATE");
        officer.navigate(base() + "/certif/audit");
        tabTo(officer, "el.tagName === 'BUTTON' && el.innerText === 'Vérifier toute la chaîne'");
        submit(officer);
        assertThat(officer.locator("[data-audit]").getAttribute("data-audit")).isEqualTo("intact");
        check(officer, "11-officer-audit");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static Page page(BrowserContext context) {
        Page page = context.newPage();
        page.setViewportSize(1280, 900);
        return page;
    }

    /** A browser holding the tool session a real launch opened (as the platform's iframe would). */
    private Page candidatePage(StudentLauncher.Session launched) {
        String cookie = launched.cookie();
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        context.addCookies(List.of(new Cookie(cookie.substring(0, cookie.indexOf('=')),
                cookie.substring(cookie.indexOf('=') + 1)).setUrl(base()).setSameSite(SameSiteAttribute.LAX)));
        Page page = page(context);
        page.navigate(base() + "/certif/join");
        return page;
    }

    private void join(Page page, String code) {
        typeInto(page, "#code", code);
        submit(page);
        page.waitForURL(Pattern.compile(".*/certif/candidate$"));
    }

    /** Enter on the focused control, waiting for the page it leads to. */
    @SuppressWarnings("deprecation")
    private static void submit(Page page) {
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
    }

    private static UUID startOver(StudentLauncher.Session candidate) {
        String page = candidate.get("/certif/candidate").body();
        String location = StudentLauncher.Session.location(candidate.post("/app/attempts", page,
                java.util.Map.of("mode", List.of("CERTIFICATION"))));
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void authorise(Page invigilator, String label) {
        tabTo(invigilator, "el.tagName === 'BUTTON' && el.innerText === '" + label + "'");
        submit(invigilator);
    }

    private void signIn(Page page, String username) {
        page.navigate(base() + "/login");
        typeInto(page, "#username", username);
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        submit(page);
    }

    /** Moves the focus with Tab until the field has it, then types (keyboard only). */
    private static void typeInto(Page page, String selector, String text) {
        tabTo(page, "el.matches(" + quoted(selector) + ")");
        page.keyboard().type(text);
    }

    /** Focuses the select by Tab and moves through its options with the arrow keys to the one named. */
    private static void chooseOption(Page page, String selector, String optionText) {
        tabTo(page, "el.matches(" + quoted(selector) + ")");
        page.keyboard().press("Home");
        for (int i = 0; i < 500; i++) {
            Object chosen = page.evaluate("() => document.activeElement.selectedOptions[0].text");
            if (optionText.equals(chosen)) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("no option " + optionText);
    }

    private static void tabTo(Page page, String predicate) {
        List<Object> visited = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            page.keyboard().press("Tab");
            Object found = page.evaluate("() => { const el = document.activeElement; try { return !!el && (" + predicate
                    + "); } catch (e) { return false; } }");
            if (Boolean.TRUE.equals(found)) {
                return;
            }
            if (visited.size() < 60) {
                visited.add(page.evaluate("() => document.activeElement.tagName + '#' + document.activeElement.id"));
            }
        }
        throw new AssertionError("Tab never reached: " + predicate + " on " + page.url() + " after " + visited);
    }

    private static String quoted(String selector) {
        return "'" + selector.replace("'", "\\'") + "'";
    }

    /** axe at 1280 px, then reflow and axe at 320 px, then back; a screenshot for the guide when asked. */
    private static void check(Page page, String name) throws Exception {
        AxeCheck.assertAccessible(page, name + " at 1280 px");
        if (Boolean.getBoolean("plume.docs.screenshots")) {
            java.nio.file.Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        }
        page.setViewportSize(320, 800);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s reflows at 320 px", name).isEqualTo(true);
        AxeCheck.assertAccessible(page, name + " at 320 px");
        assertThat(page.locator("h1").count()).as("one h1 on %s", name).isEqualTo(1);
        assertThat(page.locator("main").count()).as("a main on %s", name).isEqualTo(1);
        page.setViewportSize(1280, 900);
    }
}
