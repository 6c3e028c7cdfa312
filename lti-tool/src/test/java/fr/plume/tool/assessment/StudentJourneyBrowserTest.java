package fr.plume.tool.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.shared.domain.GradeScale;
import fr.plume.tool.support.Chromium;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
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
public class StudentJourneyBrowserTest {

    static final int PORT = freePort();
    static final String BASE = "http://localhost:" + PORT;

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

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @Test
    void aStudentTakesTheDiagnosticAndPractisesWithTheKeyboardOnlyAndTheGradeReachesThePlatform() {
        Page page = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
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
        assertThat(tool.content()).containsAnyOf("fiable : vos réponses", "à confirmer", "indicatif :");
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
        Page gradebook = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
        boolean graded = false;
        for (int i = 0; i < 60 && !graded; i++) {
            gradebook.navigate(BASE + "/demo/gradebook");
            graded = gradebook.locator("tr:has(th:text('Camille Martin')) strong").count() > 0;
            if (!graded) {
                gradebook.waitForTimeout(1000);
            }
        }
        assertThat(graded).as("a score for Camille Martin in the demo gradebook").isTrue();
        // each cell is out of its column's maximum, and the diagnostic's column is on the tool's scale
        @SuppressWarnings("unchecked")
        List<String> maxima = (List<String>) gradebook.evaluate("() => [...document.querySelectorAll('table')[0]"
                + ".querySelectorAll('thead th')].slice(1).map(th => (th.innerText.match(/\\(sur ([0-9.]+)\\)/) || [])[1])");
        assertThat(maxima.get(0)).as("the diagnostic's column").isEqualTo(String.valueOf(GradeScale.MAXIMUM));
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) gradebook.evaluate("() => [...document.querySelectorAll('table')[0]"
                + ".querySelectorAll('tbody tr')].flatMap(tr => [...tr.querySelectorAll('td')]"
                + ".map((td, i) => td.querySelector('strong') ? i + '|' + td.querySelector('strong').innerText : null))"
                + ".filter(cell => cell)");
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell.substring(cell.indexOf('|') + 1))
                .as("a cell of a column out of %s", maxima.get(Integer.parseInt(cell.substring(0, cell.indexOf('|')))))
                .endsWith(" / " + maxima.get(Integer.parseInt(cell.substring(0, cell.indexOf('|'))))));
        accessible(gradebook, "demo gradebook");
    }

    /**
     * Reflow (WCAG 1.4.10) and 200 % zoom: every page a student can reach, at 320 CSS px wide (a
     * phone, or 1280 px at 400 %) and at 640 px (1280 px at 200 %), with no horizontal scrolling
     * and no serious or critical axe violation: the home page in each state, the start of each
     * mode, an item of each type, an answer refused as incomplete, practice feedback, the results
     * of a diagnostic, a practice session, a writing session and a certification (time up), the
     * certification's own home page, the error pages (unknown attempt, unknown mode, blocked
     * cookie) and the sign-in page a student without a session is sent to.
     */
    @Test
    void everyStudentPageReflowsAt320And640CssPixelsWithoutSeriousAxeViolations() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        SoftAssertions softly = new SoftAssertions();
        Page page = narrowPage();

        // Léa Nguyen (203): the home page, then a diagnostic to its end
        launch(page, "203", null);
        page.navigate(BASE + "/app");
        reflows(softly, page, "student home, nothing done yet");
        clickAndWait(page, "form:has(input[name=mode][value=DIAGNOSTIC]) button");
        UUID diagnostic = attemptIn(page.url());
        reflows(softly, page, "diagnostic, first item");
        page.evaluate("() => document.querySelector('form.item-form').noValidate = true");
        clickAndWait(page, "form.item-form button[type=submit]");
        assertThat(page.locator(".error-summary").count()).as("an empty answer is refused").isEqualTo(1);
        reflows(softly, page, "item with an answer refused as incomplete");
        for (int answered = 0; !page.url().endsWith("/result"); answered++) {
            assertThat(answered).as("diagnostic length").isLessThanOrEqualTo(30);
            answerAnything(page);
        }
        assertThat(page.locator("h1").innerText()).isEqualTo("Résultat du diagnostic");
        reflows(softly, page, "diagnostic result");
        page.navigate(BASE + "/app");
        assertThat(page.locator("#mastery-heading").count()).as("mastery table on the home page").isEqualTo(1);
        reflows(softly, page, "student home with mastery and history");

        // practice: an item, its feedback, the home page with a session to resume, the summary
        clickAndWait(page, "form:has(input[name=mode][value=FORMATIVE]):not(:has(input[name=activity])) button");
        reflows(softly, page, "practice, first item");
        answerAnything(page);
        assertThat(page.url()).contains("/feedback/1");
        reflows(softly, page, "practice feedback");
        clickAndWait(page, "a.button[href$='" + attemptIn(page.url()) + "']");
        String practice = page.url();
        page.navigate(BASE + "/app");
        assertThat(page.locator("#resume-heading").count()).as("a session to resume").isEqualTo(1);
        reflows(softly, page, "student home with a session to resume");
        page.navigate(practice);
        clickAndWait(page, "form.stop-form button");
        assertThat(page.locator("h1").innerText()).isEqualTo("Bilan de l’entraînement");
        reflows(softly, page, "practice result");

        // writing: the essay, then the page saying it awaits a teacher
        page.navigate(BASE + "/app");
        clickAndWait(page, "form:has(input[name=activity][value=WRITING]) button");
        assertThat(page.locator("[data-item-type=ESSAY]").count()).isEqualTo(1);
        reflows(softly, page, "writing, the essay");
        answerAnything(page);
        assertThat(page.url()).endsWith("/result");
        reflows(softly, page, "writing result");

        // one item of each type, each the pending item of its own practice attempt of Léa
        Map<String, Object> owner = jdbc.sql("SELECT member_id, user_id, resource_link_id, context_id"
                + " FROM assessment_attempt WHERE id = :id").param("id", diagnostic).query().singleRow();
        Map<ItemType, PublishedItem> oneOfEach = new EnumMap<>(ItemType.class);
        catalog.published().forEach(p -> oneOfEach.putIfAbsent(p.item().type(), p));
        assertThat(oneOfEach.keySet()).as("every item type in the sample bank").containsExactlyInAnyOrder(ItemType.values());
        for (PublishedItem item : oneOfEach.values()) {
            page.navigate(BASE + "/app/attempts/" + pendingAttempt(owner, item));
            assertThat(page.locator("[data-item-type=" + item.item().type() + "]").count()).isEqualTo(1);
            reflows(softly, page, item.item().type() + " item");
        }

        page.navigate(BASE + "/app/attempts/" + UUID.randomUUID());
        assertThat(page.locator("main code").first().innerText()).isEqualTo("ASSESSMENT-ATTEMPT-NOT-FOUND");
        reflows(softly, page, "error page: unknown attempt");

        certificationPages(softly, page);

        launch(page, "203", null); // back to Léa's practice link: a certification link offers no other mode
        page.navigate(BASE + "/app");
        page.evaluate("() => { const form = document.querySelector('form:has(input[name=mode])');"
                + " form.querySelector('input[name=mode]').value = 'NO-SUCH-MODE'; form.submit(); }");
        page.waitForURL(Pattern.compile(".*/app/attempts$"));
        assertThat(page.locator("main code").first().innerText()).isEqualTo("ASSESSMENT-UNKNOWN-MODE");
        reflows(softly, page, "error page: unknown mode");

        // without a session (expired, or the page opened outside the course) the tool asks to relaunch
        Page stranger = narrowPage();
        stranger.navigate(BASE + "/app");
        assertThat(stranger.locator("#relaunch-steps").count()).as("the relaunch page, not the sign-in form").isEqualTo(1);
        assertThat(stranger.locator("input[type=password]").count()).isZero();
        reflows(softly, stranger, "relaunch page: no tool session");
        stranger.navigate(BASE + "/login");
        reflows(softly, stranger, "sign-in page");

        // the demo's officer is a platform Administrator without a role in the course
        Page officer = narrowPage();
        officer.navigate(BASE + "/demo");
        officer.locator("button[value=resource][aria-describedby=user-103]").click();
        officer.navigate(toolFrame(officer, "/lti/no-role").url());
        assertThat(officer.locator("main[data-landing=noRole]").count()).isEqualTo(1);
        reflows(softly, officer, "no-role page: administrator without a course role");

        Page blocked = pageWhoseBrowserDropsTheStateCookie();
        assertThat(blocked.locator("#relaunch").count()).as("the relaunch page").isEqualTo(1);
        reflows(softly, blocked, "relaunch page: state cookie blocked");

        softly.assertAll();
    }

    /**
     * Yanis Benali (202, 33 % extra time) opens a certification activity: its home page, the
     * first items (announced duration, time left and length agree), the home page once started,
     * and the result once the time is up.
     */
    private void certificationPages(SoftAssertions softly, Page page) {
        long activity = jdbc.sql("INSERT INTO demo_activity (course_id, title, text, custom)"
                        + " VALUES (:course, 'Certification blanche', 'Épreuve de certification', :custom) RETURNING id")
                .param("course", DemoCatalogue.COURSE.id()).param("custom", "{\"plume_kind\":\"CERTIFICATION\",\"plume_activity\":\"certification\"}")
                .query(Long.class).single();
        launch(page, "202", activity);
        page.navigate(BASE + "/app");
        assertThat(page.locator("section[aria-labelledby=cert-heading]").innerText())
                .as("90 min + 33 %, rounded up to the minute").contains("Durée : 120 minutes")
                .contains("Temps majoré de 33 % inclus");
        reflows(softly, page, "certification home");
        clickAndWait(page, "form:has(input[name=mode][value=CERTIFICATION]) button");
        UUID certifying = attemptIn(page.url());
        assertThat(page.locator(".time-left").innerText()).isEqualTo("Temps restant : 120 min");
        assertThat(page.locator(".progress").innerText()).isEqualTo("Question 1 sur 50 au plus");
        reflows(softly, page, "certification, first item");
        answerAnything(page);
        assertThat(page.locator(".progress").innerText()).isEqualTo("Question 2 sur 50 au plus");
        page.navigate(BASE + "/app");
        reflows(softly, page, "certification home, test started");

        jdbc.sql("UPDATE assessment_attempt SET deadline = now() - interval '1 minute' WHERE id = :id")
                .param("id", certifying).update();
        page.navigate(BASE + "/app/attempts/" + certifying);
        assertThat(page.url()).endsWith("/result");
        assertThat(page.locator("main").innerText()).contains("Le temps est écoulé").contains("Épreuve non valide");
        reflows(softly, page, "certification result, time up");
    }

    /** A fresh French page 320 CSS px wide, with cookies of its own. */
    private static Page narrowPage() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(320, 800)).newPage();
    }

    /**
     * Launches the tool as a demo user from the demo course page (in its iframe, as Moodle does);
     * the tool session then serves top-level pages too.
     */
    private static void launch(Page page, String user, Long activity) {
        page.navigate(BASE + "/demo");
        if (activity != null) {
            page.selectOption("#activity-" + user, String.valueOf(activity));
        }
        page.locator("button[value=resource][aria-describedby=user-" + user + "]").click();
        toolFrame(page).waitForURL(Pattern.compile(".*/app$"));
    }

    /**
     * Léa's launch from a browser that drops the tool's state cookie (as with third-party cookies
     * blocked): the launch finds the cookie gone, and the tool offers to relaunch in a new tab.
     */
    private static Page pageWhoseBrowserDropsTheStateCookie() {
        Page page = narrowPage();
        BrowserContext context = page.context();
        page.route("**/demo/platform/initiate/**", route -> {
            if (route.request().frame().parentFrame() != null) {
                route.abort(); // the launch runs in the top window below, not in the course page's iframe
            } else {
                route.resume();
            }
        });
        // The browser adds cookies once a request is let through: dropping them here sends the
        // platform's form post without the state cookie the tool set at the login step.
        page.route("**/lti/launch", route -> {
            context.clearCookies();
            route.resume();
        });
        page.navigate(BASE + "/demo");
        page.locator("button[value=resource][aria-describedby=user-203]").click();
        page.waitForURL(Pattern.compile(".*/demo/platform/launch$"));
        page.navigate(BASE + page.locator("iframe").getAttribute("src"));
        page.waitForURL(Pattern.compile(".*/lti/launch$"));
        return page;
    }

    /**
     * Asserts, without stopping the test, that the page fits 320 and 640 CSS px without
     * horizontal scrolling, has no serious or critical axe violation at either width and keeps
     * its language, title, main region and single heading.
     */
    private static void reflows(SoftAssertions softly, Page page, String what) {
        page.waitForLoadState();
        for (int width : new int[] {320, 640}) {
            page.setViewportSize(width, 800);
            @SuppressWarnings("unchecked")
            Map<String, Object> sizes = (Map<String, Object>) page.evaluate("() => ({"
                    + " scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,"
                    + " clientWidth: document.documentElement.clientWidth,"
                    + " structure: !!document.documentElement.lang && !!document.title"
                    + " && document.querySelectorAll('main').length === 1 && document.querySelectorAll('h1').length === 1 })");
            int scrollWidth = ((Number) sizes.get("scrollWidth")).intValue();
            int visible = Math.min(((Number) sizes.get("innerWidth")).intValue(), ((Number) sizes.get("clientWidth")).intValue());
            softly.assertThat(scrollWidth).as("%s at %s px: page width (no horizontal scrolling) on %s", what, width, page.url())
                    .isLessThanOrEqualTo(visible);
            softly.assertThat(sizes.get("structure")).as("%s: lang, title, one main and one h1", what).isEqualTo(true);
            softly.assertThat(seriousViolations(page)).as("%s at %s px: serious or critical axe violations on %s", what,
                    width, page.url()).isEmpty();
        }
        page.setViewportSize(320, 800);
    }

    /** Clicks and waits for the page it leads to (the same address when an item follows an item). */
    private static void clickAndWait(Page page, String selector) {
        page.waitForNavigation(() -> page.locator(selector).first().click());
        page.waitForLoadState();
    }

    /** Fills every part of the item on screen with some answer and submits it. */
    private static void answerAnything(Page page) {
        page.evaluate("() => { const form = document.querySelector('form.item-form');"
                + " for (const choice of form.querySelectorAll('input[type=radio], input[type=checkbox]')) {"
                + "   if (!form.querySelector('input[name=\"' + choice.name + '\"]:checked')) choice.checked = true; }"
                + " for (const select of form.querySelectorAll('select')) {"
                + "   const wanted = select.name.startsWith('position-') ? +select.name.substring(9) + 1 : 1;"
                + "   if (select.value === '') select.selectedIndex = Math.min(wanted, select.options.length - 1); }"
                + " for (const text of form.querySelectorAll('input[type=text]')) { if (text.value === '') text.value = 'mot'; }"
                + " for (const area of form.querySelectorAll('textarea')) { area.value = Array(120).fill('mot').join(' '); } }");
        clickAndWait(page, "form.item-form button[type=submit]");
    }

    private static UUID attemptIn(String url) {
        Matcher m = Pattern.compile("/app/attempts/([0-9a-f-]{36})").matcher(url);
        assertThat(m.find()).as("an attempt in %s", url).isTrue();
        return UUID.fromString(m.group(1));
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

    /** The tool's frame in the demo platform's course page, once the launch has reached a page under {@code path}. */
    private static Frame toolFrame(Page page, String path) {
        for (int tries = 0; tries < 150; tries++) {
            for (Frame frame : page.frames()) {
                if (frame != page.mainFrame() && frame.url().contains(path)) {
                    return frame;
                }
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the launch never reached " + path + "; frames: "
                + page.frames().stream().map(Frame::url).toList());
    }

    private static Frame toolFrame(Page page) {
        return toolFrame(page, "/app");
    }

    /** Fills the item on screen from the keyboard, then submits it with Enter on the submit button (shared with other journeys). */
    public static void answerWithKeyboard(Page page, Frame frame) {
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
        assertThat(seriousViolations(page)).as("serious or critical axe violations on the %s (%s)", what, page.url()).isEmpty();
    }

    private static List<String> seriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(StudentJourneyBrowserTest::describe)
                .toList();
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
