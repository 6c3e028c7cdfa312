package fr.plume.tool.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.infra.ImportItems;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The student journey in Debian's Chromium, keyboard only: launch from the demo platform, take a
 * diagnostic to the end, read the result, practise one recommended module, and find the grade in
 * the demo platform's gradebook. axe-core checks every page: no serious or critical violation.
 * If the browser cannot start, the test fails (it never skips).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"demo", "test"})
class StudentJourneyBrowserTest {

    static final int PORT = freePort();
    static final String BASE = "http://localhost:" + PORT;
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync");

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("plume.public-url", () -> BASE);
        registry.add("plume.db.embedded.data-dir", () -> "target/browser-test-pg");
        registry.add("plume.db.embedded.clean-on-start", () -> "true");
    }

    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    Attempts attempts;
    @Autowired
    JdbcClient jdbc;

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aStudentTakesTheDiagnosticAndPractisesWithTheKeyboardOnlyAndTheGradeReachesThePlatform() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        page.navigate(BASE + "/demo");
        accessible(page, "demo page");

        // Camille Martin (201) is the first student; her form holds the first student launch button.
        // The demo platform, like Moodle, opens the tool in an iframe of the course page.
        tabTo(page, page.mainFrame(), "el.tagName === 'BUTTON' && el.value === 'resource' && el.getAttribute('aria-describedby') === 'user-201'");
        page.keyboard().press("Enter");
        Frame tool = toolFrame(page);
        tool.waitForURL(Pattern.compile(".*/app$"));
        accessible(page, "student home");

        tabTo(page, tool, "el.tagName === 'BUTTON' && el.closest('form') && el.closest('form').querySelector('input[name=mode][value=DIAGNOSTIC]')");
        tool.waitForNavigation(() -> page.keyboard().press("Enter"));
        tool.waitForURL(Pattern.compile(".*/app/attempts/[0-9a-f-]+$"));

        int answered = 0;
        while (!tool.url().endsWith("/result")) {
            assertThat(answered).as("diagnostic length").isLessThanOrEqualTo(30);
            accessible(page, "diagnostic item " + (answered + 1));
            answerWithKeyboard(page, tool);
            answered++;
        }
        assertThat(answered).isBetween(15, 30);
        assertThat(tool.locator("h1").innerText()).isEqualTo("Résultat du diagnostic");
        assertThat(tool.content()).containsAnyOf("estimation fiable", "à confirmer");
        accessible(page, "diagnostic result");

        // a recommended practice module
        tabTo(page, tool, "el.tagName === 'BUTTON' && el.innerText.startsWith('S’entraîner')");
        tool.waitForNavigation(() -> page.keyboard().press("Enter"));
        tool.waitForURL(Pattern.compile(".*/app/attempts/[0-9a-f-]+$"));
        accessible(page, "practice item");
        answerWithKeyboard(page, tool);
        assertThat(tool.url()).contains("/feedback/1");
        assertThat(tool.content()).contains("La règle");
        accessible(page, "practice feedback");
        tabTo(page, tool, "el.tagName === 'A' && el.innerText === 'Question suivante'");
        tool.waitForNavigation(() -> page.keyboard().press("Enter"));
        tool.waitForURL(Pattern.compile(".*/app/attempts/[0-9a-f-]+$"));
        answerWithKeyboard(page, tool);
        tabTo(page, tool, "el.tagName === 'BUTTON' && el.innerText === 'Terminer la séance'");
        tool.waitForNavigation(() -> page.keyboard().press("Enter"));
        tool.waitForURL(Pattern.compile(".*/result$"));
        assertThat(tool.locator("h1").innerText()).isEqualTo("Bilan de l’entraînement");
        accessible(page, "practice summary");

        // the diagnostic's grade reaches the demo platform's gradebook (the outbox sends it)
        Page gradebook = browser.newContext().newPage();
        boolean graded = false;
        for (int i = 0; i < 60 && !graded; i++) {
            gradebook.navigate(BASE + "/demo/gradebook");
            graded = gradebook.locator("tr:has(th:text('Camille Martin')) strong").count() > 0;
            if (!graded) {
                gradebook.waitForTimeout(1000);
            }
        }
        assertThat(graded).as("a score for Camille Martin in the demo gradebook").isTrue();
        accessible(gradebook, "demo gradebook");
    }

    /**
     * Reflow (WCAG 1.4.10) and 200 % zoom: one item page of each type at 320 CSS px wide (a phone,
     * or 1280 px at 400 %) and at 640 px (1280 px at 200 %), with no horizontal scrolling and no
     * serious or critical axe violation. Each item is put as the pending item of its own practice
     * attempt of a demo student, so the tool renders it exactly as it would have chosen it.
     */
    @Test
    void everyItemTypeReflowsAt320AndAt640CssPixelsWithoutHorizontalScrolling() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        page.navigate(BASE + "/demo");
        // Yanis Benali (202) launches the tool, which opens his page in the course's iframe.
        page.locator("button[value=resource][aria-describedby=user-202]").click();
        Frame tool = toolFrame(page);
        tool.waitForURL(Pattern.compile(".*/app$"));
        tool.locator("form:has(input[name=mode][value=FORMATIVE]) button").first().click();
        tool.waitForURL(Pattern.compile(".*/app/attempts/[0-9a-f-]+$"));
        UUID started = UUID.fromString(tool.url().substring(tool.url().lastIndexOf('/') + 1));
        Map<String, Object> owner = jdbc.sql("SELECT member_id, user_id, resource_link_id, context_id"
                + " FROM assessment_attempt WHERE id = :id").param("id", started).query().singleRow();

        Map<ItemType, PublishedItem> oneOfEach = new EnumMap<>(ItemType.class);
        catalog.published().forEach(p -> oneOfEach.putIfAbsent(p.item().type(), p));
        assertThat(oneOfEach.keySet()).as("every item type in the sample bank").containsExactlyInAnyOrder(ItemType.values());
        for (PublishedItem item : oneOfEach.values()) {
            UUID attempt = pendingAttempt(owner, item);
            for (int width : new int[] {320, 640}) {
                page.setViewportSize(width, 800);
                page.navigate(BASE + "/app/attempts/" + attempt);
                String what = item.item().type() + " item at " + width + " px";
                assertThat(page.locator("[data-item-type=" + item.item().type() + "]").count()).as(what).isEqualTo(1);
                Boolean fits = (Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
                assertThat(fits).as("no horizontal scrolling: %s (scrollWidth %s, clientWidth %s)", what,
                        page.evaluate("() => document.documentElement.scrollWidth"),
                        page.evaluate("() => document.documentElement.clientWidth")).isTrue();
                accessible(page, what);
            }
        }
    }

    /** A practice attempt of the demo student whose pending item is {@code item}, stored as the tool stores it. */
    private UUID pendingAttempt(Map<String, Object> owner, PublishedItem item) {
        Instant now = Instant.now();
        Attempt attempt = new Attempt(UUID.randomUUID(), (UUID) owner.get("member_id"), (UUID) owner.get("user_id"),
                (UUID) owner.get("resource_link_id"), (UUID) owner.get("context_id"), TestMode.FORMATIVE,
                Set.of(item.item().competency()), 7L, false, 0, fr.plume.tool.assessment.application.AttemptState.scoringVersionFor(now), now, null, AttemptStatus.IN_PROGRESS,
                null, null, item.item().type() == ItemType.ESSAY, null);
        attempts.insert(attempt);
        attempts.insertShown(attempt.memberId(), new ShownItem(attempt.id(), 1, item.item().id(),
                new ItemParameters(item.item().id().toString(), item.item().competency(), item.item().family(), item.a(),
                        item.b(), item.accessible()),
                item.parametersVersion(), "reflow-" + attempt.id(), now, null, null, null));
        return attempt.id();
    }

    /** The tool's frame inside the demo platform's course page, once the launch has reached it. */
    private static Frame toolFrame(Page page) {
        for (int tries = 0; tries < 150; tries++) {
            for (Frame frame : page.frames()) {
                if (frame != page.mainFrame() && frame.url().contains("/app")) {
                    return frame;
                }
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the launch never reached the tool's student page; frames: "
                + page.frames().stream().map(Frame::url).toList());
    }

    /** Fills the item on screen from the keyboard, then submits it with Enter on the submit button. */
    private static void answerWithKeyboard(Page page, Frame frame) {
        for (int presses = 0; presses < 80; presses++) {
            page.keyboard().press("Tab");
            String action = (String) frame.evaluate("() => {"
                    + " const el = document.activeElement; if (!el) return 'none';"
                    + " if (el.type === 'radio') return document.querySelector('input[name=\"' + el.name + '\"]:checked') ? 'skip' : 'space';"
                    + " if (el.type === 'checkbox') return document.querySelector('input[name=\"' + el.name + '\"]:checked') ? 'skip' : 'space';"
                    + " if (el.tagName === 'SELECT') return el.value === '' ? 'down' + (el.name.startsWith('position-') ? (+el.name.substring(9) + 1) : 1) : 'skip';"
                    + " if ((el.tagName === 'INPUT' && el.type === 'text') || el.tagName === 'TEXTAREA') return el.value === '' ? 'type' : 'skip';"
                    + " if (el.tagName === 'BUTTON' && el.type === 'submit' && el.closest('form.item-form')) return 'submit';"
                    + " return 'skip'; }");
            if (action.equals("space")) {
                page.keyboard().press("Space");
            } else if (action.startsWith("down")) {
                int times = Integer.parseInt(action.substring(4));
                for (int i = 0; i < times; i++) {
                    page.keyboard().press("ArrowDown");
                }
            } else if (action.equals("type")) {
                page.keyboard().type("mot");
            } else if (action.equals("submit")) {
                frame.waitForNavigation(() -> page.keyboard().press("Enter"));
                frame.waitForLoadState();
                return;
            }
        }
        throw new AssertionError("could not reach the submit button with Tab on " + frame.url());
    }

    /** Presses Tab until the element focused in {@code frame} matches the JavaScript condition on {@code el}. */
    private static void tabTo(Page page, Frame frame, String condition) {
        for (int presses = 0; presses < 200; presses++) {
            page.keyboard().press("Tab");
            Boolean found = (Boolean) frame.evaluate("() => { const el = document.activeElement; return !!(el && document.hasFocus() && (" + condition + ")); }");
            if (Boolean.TRUE.equals(found)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached [" + condition + "] on " + frame.url());
    }

    private static void accessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(StudentJourneyBrowserTest::describe)
                .toList();
        assertThat(serious).as("serious or critical axe violations on the %s (%s)", what, page.url()).isEmpty();
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
