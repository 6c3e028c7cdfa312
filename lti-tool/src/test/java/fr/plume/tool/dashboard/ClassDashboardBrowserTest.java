package fr.plume.tool.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import fr.plume.tool.dashboard.Rosters.Person;
import fr.plume.framework.format.FrameworkFormat;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.framework.application.ImportFramework;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.AxeCheck;
import fr.plume.tool.support.Chromium;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The class dashboard in Debian's Chromium, keyboard only, at 1280 and 320 CSS px: no serious or
 * critical axe violation, no horizontal scrolling, a group filter and a student drill-down reached
 * with Tab and Enter. With {@code -Dplume.docs.screenshots=true} it also takes the screenshots of
 * {@code docs/teachers.md} (into {@code docs/images/teachers/}).
 */
@PlumeIntegrationTest
class ClassDashboardBrowserTest {

    private static final Path SCREENSHOTS = Path.of("..", "docs", "images", "teachers");

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    Frameworks frameworks;
    @Autowired
    ImportFramework importFramework;
    @Value("${plume.samples.framework}")
    Resource sampleFramework;

    static Chromium chromium;
    private ClassCourse course;
    private LaunchFlow.Launched teacher;
    private UUID context;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void aClassWithResults() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        if (frameworks.current().isEmpty()) { // the framework's labels head the heatmap's columns
            try (var in = sampleFramework.getInputStream()) {
                importFramework.importFile(FrameworkFormat.CASE_JSON, in, "test");
            }
        }
        course = new ClassCourse(port, registrations, members, jdbc, "univ-browser-"
                + UUID.randomUUID().toString().substring(0, 6), "2");
        List<Person> people = List.of(Person.learner("s1", "Camille", "Martin").inGroups("TD 1"),
                Person.learner("s2", "Yanis", "Benali").inGroups("TD 1"),
                Person.learner("s3", "Léa", "Nguyen").inGroups("TD 2"),
                Person.learner("s4", "Hugo", "Lefèvre").inGroups("TD 2"),
                Person.learner("s5", "Inès", "Moreau").inGroups("TD 2"));
        course.roster(Rosters.moodle(people));
        teacher = course.launch("teacher", ClassCourse.INSTRUCTOR, "diagnostic", Map.of("name", "Sophie Durand"));
        for (Person p : people.subList(0, 4)) {
            course.launch(p.sub(), ClassCourse.LEARNER, "diagnostic", Map.of("name", p.given() + " " + p.family()));
        }
        context = course.contextId();
        seedResults();
    }

    private void seedResults() {
        ClassResultsFixture results = new ClassResultsFixture(jdbc, course.memberId, context);
        List<PublishedItem> items = catalog.published().stream().filter(p -> !p.item().stem().fr().contains("<"))
                .toList();
        List<String> competencies = items.stream().map(p -> p.item().competency()).distinct().limit(6).toList();
        UUID link = course.linkId("diagnostic");
        Instant t0 = Instant.now().minus(20, ChronoUnit.DAYS);
        String[] subs = {"s1", "s2", "s3"};
        int[][] levels = {{3, 4, 2, 3, 5, 4}, {2, 2, 1, 3, 2, 2}, {5, 4, 4, 6, 5, 5}};
        for (int s = 0; s < subs.length; s++) {
            UUID user = course.userId(subs[s]);
            UUID diag = results.completed(user, link, "DIAGNOSTIC", levels[s][0], t0, t0.plusSeconds(1500));
            for (int c = 0; c < competencies.size(); c++) {
                boolean indicative = (s + c) % 5 == 4;
                results.level(diag, competencies.get(c), levels[s][c], indicative ? 0.4 : c % 3 == 0 ? 0.55 : 0.85,
                        indicative ? 0.9 : 0.3, indicative ? 0 : 3);
            }
            for (int i = 0; i < 8 && i < items.size(); i++) {
                PublishedItem item = items.get(i);
                results.answer(diag, i + 1, item.item().id(), item.item().competency(), (i + s) % 3 != 0,
                        "{\"type\":\"SINGLE_CHOICE\",\"selected\":" + (i % 3) + "}", t0.plusSeconds(60L * i));
            }
            UUID practice = results.completed(user, link, "FORMATIVE", Math.min(6, levels[s][0] + 1),
                    t0.plusSeconds(86400 * 5), t0.plusSeconds(86400 * 5 + 900));
            results.answer(practice, 1, items.get(0).item().id(), items.get(0).item().competency(), true,
                    "{\"type\":\"SINGLE_CHOICE\",\"selected\":1}", t0.plusSeconds(86400 * 5 + 60));
        }
        results.inProgress(course.userId("s4"), link, "DIAGNOSTIC", t0.plusSeconds(86400 * 10));
    }

    @AfterEach
    void close() {
        course.close();
    }

    @Test
    void theDashboardWorksWithTheKeyboardAlonePassesAxeAndFitsAt1280And320CssPixels() {
        for (int width : new int[] {1280, 320}) {
            BrowserContext browser = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setLocale("fr-FR").setViewportSize(width, 900));
            String[] cookie = teacher.cookie().split("=", 2);
            browser.addCookies(List.of(new Cookie(cookie[0], cookie[1]).setUrl("http://localhost:" + port)));
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/class/" + context);
            assertThat(page.locator("h1").innerText()).isEqualTo("Tableau de bord de la classe");
            fits(page, "class dashboard", width);
            screenshot(page, "tableau-de-bord-" + width);

            // Filter on group TD 2 with the keyboard: Tab to the select, pick with the arrows, Tab to Apply.
            tabTo(page, "el.id === 'filter-group'");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            assertThat(page.evaluate("() => document.getElementById('filter-group').value")).isEqualTo("TD 2");
            tabTo(page, "el.tagName === 'BUTTON' && el.closest('form.filters')");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.url()).contains("group=TD+2");
            assertThat(page.locator("#class-count").innerText()).isEqualTo("3 étudiant(s) affiché(s) sur 5");
            fits(page, "class dashboard filtered by group", width);

            // Open a student's detail from the keyboard.
            tabTo(page, "el.tagName === 'A' && el.innerText === 'Léa Nguyen'");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            page.waitForURL(Pattern.compile(".*/class/[0-9a-f-]+/students/[0-9a-f-]+$"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Léa Nguyen");
            assertThat(page.locator("[data-mode=DIAGNOSTIC]").count()).isEqualTo(1);
            fits(page, "student drill-down", width);
            screenshot(page, "eleve-" + width);

            // The same in English.
            page.navigate("http://localhost:" + port + "/class/" + context + "?lang=en");
            assertThat(page.locator("h1").innerText()).isEqualTo("Class dashboard");
            fits(page, "class dashboard in English", width);
            page.navigate("http://localhost:" + port + "/class/" + context + "?lang=fr"); // the session keeps the language
            browser.close();
        }
    }

    /** No serious or critical axe violation, no horizontal scrolling, one h1, a main, lang and title. */
    private static void fits(Page page, String what, int width) {
        page.waitForLoadState();
        @SuppressWarnings("unchecked")
        Map<String, Object> sizes = (Map<String, Object>) page.evaluate("() => ({"
                + " scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,"
                + " structure: !!document.documentElement.lang && !!document.title"
                + " && document.querySelectorAll('main').length === 1 && document.querySelectorAll('h1').length === 1 })");
        Object overflowing = page.evaluate("() => [...document.querySelectorAll('body *')].filter(el =>"
                + " el.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                + " && !el.closest('.table-scroll')).slice(0, 5).map(el => el.tagName + '.' + el.className)");
        assertThat(((Number) sizes.get("scrollWidth")).intValue())
                .as("%s at %s px: no horizontal scrolling (too wide: %s)", what, width, overflowing)
                .isLessThanOrEqualTo(((Number) sizes.get("clientWidth")).intValue());
        assertThat(sizes.get("structure")).as("%s: lang, title, one main and one h1", what).isEqualTo(true);
        AxeCheck.assertAccessible(page, what + " at " + width + " px");
    }

    private static void tabTo(Page page, String condition) {
        List<String> seen = new ArrayList<>();
        for (int presses = 0; presses < 300; presses++) {
            page.keyboard().press("Tab");
            Boolean found = (Boolean) page.evaluate("() => { const el = document.activeElement; return !!(el && ("
                    + condition + ")); }");
            if (Boolean.TRUE.equals(found)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached [" + condition + "] on " + page.url() + " " + seen);
    }

    /** Screenshots for docs/teachers.md, only on demand: a normal test run writes nothing. */
    private static void screenshot(Page page, String name) {
        if (Boolean.getBoolean("plume.docs.screenshots")) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
        }
    }
}
