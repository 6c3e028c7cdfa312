package fr.plume.tool.itembank;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.ConsortiumAdmins;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The authors' journey in Debian's Chromium, keyboard only (the file chooser aside, which no
 * keyboard reaches in a headless browser): the demo author imports a GIFT file, sees the row in
 * error, imports the fixed file, sends a question to review; a second person (an author account)
 * publishes it; the author builds an open module of it, the second person publishes it, a teacher
 * places it with Deep Linking, a student practises it, and the public catalogue lists it. axe-core checks each page at 1280 and 320 CSS px. With
 * {@code -Dplume.docs.screenshots=true} the pages are saved for docs/authors.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"demo", "test"})
class AuthoringJourneyBrowserTest {

    static final int PORT = freePort();
    static final String BASE = "http://localhost:" + PORT;
    static final boolean SCREENSHOTS = Boolean.getBoolean("plume.docs.screenshots");

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("plume.public-url", () -> BASE);
        registry.add("plume.db.embedded.data-dir", () -> "target/authoring-browser-test-pg");
        registry.add("plume.db.embedded.clean-on-start", () -> "true");
    }

    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @Test
    void anAuthorImportsFixesAndSubmitsAnotherPersonPublishesATeacherPlacesAStudentPractisesAndTheCatalogueListsIt() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        Page author = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        launchAsTheDemoAuthor(author);

        author.navigate(BASE + "/author/import");
        checked(softly, author, "import form", "import");
        importWithKeyboard(author, "accords.gift");
        assertThat(author.locator("#import-preview").innerText()).contains("Rédaction").contains("Erreur");
        assertThat(author.locator("form[action$='/author/import/confirm']").count()).isZero();
        checked(softly, author, "import preview with an error", "import-preview-error");

        importWithKeyboard(author, "accords-fixed.gift");
        checked(softly, author, "import preview", "import-preview");
        tabTo(author, "el.tagName === 'BUTTON' && el.closest('form') && el.closest('form').action.endsWith('/author/import/confirm')");
        author.waitForNavigation(() -> author.keyboard().press("Enter"));
        assertThat(author.url()).endsWith("/author/items");
        assertThat(author.locator("main").innerText()).contains("2 question(s) importée(s)");
        checked(softly, author, "question list", null); // the whole sample bank: too long a picture

        tabTo(author, "el.tagName === 'A' && el.innerText.startsWith('Elles sont')");
        author.waitForNavigation(() -> author.keyboard().press("Enter"));
        String itemUrl = author.url();
        String itemId = itemUrl.substring(itemUrl.lastIndexOf('/') + 1);
        assertThat(author.locator("#preview [data-item-type=SINGLE_CHOICE]").count()).isEqualTo(1);
        checked(softly, author, "question editor with its preview", "item-editor");
        typeInto(author, "stemFr", "Elles sont ___ au marché ce matin.");
        // No button pressed: the preview follows the typing (item-preview.js), the page stays.
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(author.locator("#preview"))
                .containsText("ce matin");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(author.locator("#preview-status"))
                .hasText("Aperçu mis à jour.");
        assertThat(author.url()).isEqualTo(itemUrl);
        softly.assertThat(seriousViolations(author)).as("item editor after a live preview").isEmpty();
        pressButton(author, "Envoyer en relecture");
        assertThat(author.locator("#status").innerText()).contains("en relecture");
        assertThat(author.locator("button", new Page.LocatorOptions().setHasText("Publier")).count())
                .as("the author is not offered to publish their own question").isZero();

        Page reviewer = signedInReviewer();
        reviewer.navigate(BASE + "/author/items");
        tabTo(reviewer, "el.tagName === 'A' && el.innerText.startsWith('Elles sont') && el.closest('section[aria-labelledby=review-heading]')");
        reviewer.waitForNavigation(() -> reviewer.keyboard().press("Enter"));
        checked(softly, reviewer, "question to review", "review");
        pressButton(reviewer, "Publier");
        assertThat(reviewer.locator("#status").innerText()).contains("publiée");

        author.navigate(BASE + "/author/modules/new");
        typeInto(author, "titleFr", "Accorder le participe passé avec être");
        typeInto(author, "objectives", "1.1: accorder le participe passé avec être");
        typeInto(author, "entries", "page: La règle | <p>Avec <strong>être</strong>, on accorde avec le sujet.</p>");
        author.keyboard().press("Enter");
        author.keyboard().type("item: " + itemId);
        checked(softly, author, "module editor", "module-editor");
        pressButton(author, "Enregistrer");
        assertThat(author.url()).matches(".*/author/modules/[0-9a-f-]{36}$");
        pressButton(author, "Envoyer en relecture");
        String moduleUrl = author.url();

        reviewer.navigate(moduleUrl);
        pressButton(reviewer, "Publier");
        assertThat(reviewer.locator("#status").innerText()).contains("publiée");

        placeAndPractise(softly, "Accorder le participe passé avec être");

        Page visitor = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        visitor.navigate(BASE + "/catalogue");
        assertThat(visitor.locator("#open-modules").innerText())
                .contains("Accorder le participe passé avec être").contains("CC-BY-SA-4.0").contains("Julien Moreau");
        checked(softly, visitor, "public catalogue", "catalogue");
        softly.assertAll();
    }

    /**
     * Sophie Durand, the demo teacher, places the module with Deep Linking; Camille Martin, a
     * student, launches it and answers one question of the practice it opens, all from the keyboard.
     */
    private static void placeAndPractise(SoftAssertions softly, String moduleTitle) throws Exception {
        Page teacher = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        teacher.navigate(BASE + "/demo");
        tabTo(teacher, "el.tagName === 'BUTTON' && el.value === 'deep-linking' && el.getAttribute('aria-describedby') === 'user-101'");
        teacher.keyboard().press("Enter");
        Frame picker = toolFrame(teacher, "/lti/deep-link");
        picker.waitForLoadState();
        tabTo(teacher, picker, "el.name === 'activity' && el.value.startsWith('module-')");
        teacher.keyboard().press("Space");
        tabTo(teacher, picker, "el.tagName === 'BUTTON' && el.type === 'submit'");
        teacher.keyboard().press("Enter");
        toolFrame(teacher, "/demo/platform/deep-link-return");

        Page student = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        student.navigate(BASE + "/demo");
        tabTo(student, "el.id === 'activity-201'");
        student.locator("#activity-201").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(moduleTitle));
        tabTo(student, "el.tagName === 'BUTTON' && el.value === 'resource' && el.getAttribute('aria-describedby') === 'user-201'");
        student.keyboard().press("Enter");
        Frame tool = toolFrame(student, "/app");
        tool.waitForLoadState();
        assertThat(tool.locator("#module").innerText()).as("the module's steps on its start page")
                .contains(moduleTitle).contains("La règle");
        tabTo(student, tool, "el.tagName === 'BUTTON' && el.closest('form') && el.closest('form').querySelector('input[name=activity][value=MODULE]')");
        tool.waitForNavigation(() -> student.keyboard().press("Enter"));
        tool.waitForURL(Pattern.compile(".*/app/attempts/[0-9a-f-]+$"));
        assertThat(tool.locator("main").innerText()).as("the module's own question").contains("Elles sont");
        fr.plume.tool.assessment.StudentJourneyBrowserTest.answerWithKeyboard(student, tool);
        assertThat(tool.url()).contains("/feedback/1");
        softly.assertThat(seriousViolations(student)).as("practice feedback of the placed module").isEmpty();
    }

    /** Julien Moreau, the demo platform's author, launched from the demo course page with the keyboard. */
    private static void launchAsTheDemoAuthor(Page page) {
        page.navigate(BASE + "/demo");
        tabTo(page, "el.tagName === 'BUTTON' && el.value === 'resource' && el.getAttribute('aria-describedby') === 'user-102'");
        page.keyboard().press("Enter");
        toolFrame(page, "/author");
    }

    /** A second person: an author account granted by the consortium admin, signed in with the keyboard. */
    private Page signedInReviewer() {
        ConsortiumAdmins.ensure(accounts, encoder, "relectrice", "relectrice-mot-de-passe", Set.of(ToolRole.AUTHOR));
        Page page = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        page.navigate(BASE + "/login");
        tabTo(page, "el.id === 'username'");
        page.keyboard().type("relectrice");
        page.keyboard().press("Tab");
        page.keyboard().type("relectrice-mot-de-passe");
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        return page;
    }

    private static void importWithKeyboard(Page page, String file) throws URISyntaxException {
        tabTo(page, "el.id === 'file'");
        page.locator("#file").setInputFiles(Path.of(AuthoringJourneyBrowserTest.class.getResource("/itembank/" + file).toURI()));
        typeInto(page, "competency", "1.1");
        typeInto(page, "level", "2");
        tabTo(page, "el.tagName === 'BUTTON' && el.closest('form') && el.closest('form').action.endsWith('/author/import')");
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
    }

    /** Tabs to the field, empties it and types {@code text}. */
    private static void typeInto(Page page, String id, String text) {
        tabTo(page, "el.id === '" + id + "'");
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().type(text);
    }

    private static void pressButton(Page page, String label) {
        tabTo(page, "el.tagName === 'BUTTON' && el.innerText.trim() === '" + label + "'");
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
    }

    private static void tabTo(Page page, String condition) {
        for (int presses = 0; presses < 250; presses++) {
            page.keyboard().press("Tab");
            Boolean found = (Boolean) page.evaluate("() => { const el = document.activeElement; return !!(el && (" + condition + ")); }");
            if (Boolean.TRUE.equals(found)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached [" + condition + "] on " + page.url());
    }

    private static void tabTo(Page page, Frame frame, String condition) {
        for (int presses = 0; presses < 250; presses++) {
            page.keyboard().press("Tab");
            Boolean found = (Boolean) frame.evaluate("() => { const el = document.activeElement; return !!(el && document.hasFocus() && (" + condition + ")); }");
            if (Boolean.TRUE.equals(found)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached [" + condition + "] on " + frame.url());
    }

    private static Frame toolFrame(Page page, String path) {
        for (int tries = 0; tries < 150; tries++) {
            for (Frame frame : page.frames()) {
                if (frame != page.mainFrame() && frame.url().contains(path)) {
                    return frame;
                }
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the launch never reached " + path);
    }

    /**
     * At 1280 and 320 CSS px: no horizontal scrolling, no serious or critical axe violation, lang,
     * title, one main and one h1; saves the page for the authors' guide when asked to.
     */
    private static void checked(SoftAssertions softly, Page page, String what, String screenshot) throws Exception {
        page.waitForLoadState();
        for (int width : new int[] {1280, 320}) {
            page.setViewportSize(width, 900);
            @SuppressWarnings("unchecked")
            Map<String, Object> sizes = (Map<String, Object>) page.evaluate("() => ({"
                    + " scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,"
                    + " structure: !!document.documentElement.lang && !!document.title"
                    + " && document.querySelectorAll('main').length === 1 && document.querySelectorAll('h1').length === 1 })");
            softly.assertThat(((Number) sizes.get("scrollWidth")).intValue()).as("%s at %s px: no horizontal scrolling", what, width)
                    .isLessThanOrEqualTo(((Number) sizes.get("clientWidth")).intValue());
            softly.assertThat(sizes.get("structure")).as("%s: lang, title, one main and one h1", what).isEqualTo(true);
            softly.assertThat(seriousViolations(page)).as("%s at %s px: serious or critical axe violations", what, width).isEmpty();
            if (SCREENSHOTS && screenshot != null) {
                Path target = Path.of("..", "docs", "images", "authors", screenshot + "-" + width + ".png");
                Files.createDirectories(target.getParent());
                page.screenshot(new Page.ScreenshotOptions().setPath(target).setFullPage(true));
            }
        }
        page.setViewportSize(1280, 900);
    }

    private static List<String> seriousViolations(Page page) {
        return new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze()
                .getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(AuthoringJourneyBrowserTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).limit(3).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
