package fr.plume.tool.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.dashboard.ClassCourse;
import fr.plume.tool.dashboard.ClassResultsFixture;
import fr.plume.tool.dashboard.Rosters;
import fr.plume.tool.dashboard.Rosters.Person;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.tool.catalogue.api.OpenResourceStore;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The class dashboard over real HTTP after real LTI launches, with the platform's NRPS on WireMock:
 * the roster merged with the tool's results, its cache and freshness limit, a failing NRPS, groups,
 * and who may see it.
 */
@PlumeIntegrationTest
class ShowClassDashboardTest {

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
    OpenResourceStore openResources;

    private ClassCourse course;
    private final Instant t0 = Instant.now().minus(3, ChronoUnit.DAYS);

    @BeforeEach
    void bank() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
    }

    @AfterEach
    void close() {
        if (course != null) {
            course.close();
        }
    }

    private ClassCourse course(String member) {
        course = new ClassCourse(port, registrations, members, jdbc, member + "-" + UUID.randomUUID().toString()
                .substring(0, 6), "2");
        return course;
    }

    private static final List<Person> MOODLE_CLASS = List.of(Person.learner("sub-alice", "Alice", "Martin"),
            Person.learner("sub-bruno", "Bruno", "Petit"), Person.learner("sub-chloe", "Chloé", "Roux"),
            new Person("sub-teacher", "Prof", "Durand", "Instructor", List.of()));

    private LaunchFlow.Session teacher() {
        return course.session(course.launch("sub-teacher", ClassCourse.INSTRUCTOR, "diag", Map.of()));
    }

    private void student(String sub, String given, String family) {
        course.launch(sub, ClassCourse.LEARNER, "diag", Map.of("given_name", given, "family_name", family,
                "name", given + " " + family));
    }

    @Test
    void theRosterFromMoodleIsMergedWithTheToolsResults() {
        course("univ-dash").roster(Rosters.moodle(MOODLE_CLASS));
        LaunchFlow.Session teacher = teacher();
        student("sub-alice", "Alice", "Martin");
        student("sub-bruno", "Bruno", "Petit");
        student("sub-dave", "David", "Zola"); // launched, not (yet) in the platform's list
        UUID context = course.contextId();
        UUID diag = course.linkId("diag");
        ClassResultsFixture results = new ClassResultsFixture(jdbc, course.memberId, context);
        List<PublishedItem> items = catalog.published();
        PublishedItem hard = items.get(0);
        PublishedItem easy = items.get(1);
        String resourceUrl = "https://oer.example.org/" + UUID.randomUUID();
        openResources.upsert(new HarvestedResource("dash:" + resourceUrl, "dash", "Fiche : la règle expliquée",
                "Une fiche", resourceUrl, "fr", "CC-BY-4.0", List.of(), List.of(), "text",
                List.of(new CompetencyLink(hard.item().competency(), null, CompetencyLink.How.EXPLICIT_ALIGNMENT)), "")
                .hashed());
        UUID alice = results.completed(course.userId("sub-alice"), diag, "DIAGNOSTIC", 3, t0, t0.plusSeconds(600));
        results.level(alice, hard.item().competency(), 3, 0.8, 0.3, 5);
        results.level(alice, "9.9", 2, 0.4, 0.9, 0);
        results.answer(alice, 1, hard.item().id(), hard.item().competency(), false, "{\"type\":\"SINGLE_CHOICE\",\"selected\":2}", t0);
        results.answer(alice, 2, easy.item().id(), easy.item().competency(), true, "{\"type\":\"SINGLE_CHOICE\",\"selected\":0}", t0);
        results.inProgress(course.userId("sub-bruno"), diag, "DIAGNOSTIC", t0);
        UUID dave = results.completed(course.userId("sub-dave"), diag, "DIAGNOSTIC", 4, t0, t0.plusSeconds(900));
        results.answer(dave, 1, hard.item().id(), hard.item().competency(), false, "{\"type\":\"SINGLE_CHOICE\",\"selected\":1}", t0);
        // A certification result awaiting publication stays in the tool (DESIGN §7).
        UUID certifying = results.completed(course.userId("sub-alice"), diag, "CERTIFICATION", 6, t0.plusSeconds(3600),
                t0.plusSeconds(7200));
        results.awaitingPublication(certifying, t0.plusSeconds(7200));

        HttpResponse<String> page = teacher.get("/class/" + context);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(rowKeys(html)).hasSize(4); // Alice, Bruno, Chloé (never launched), David; not the teacher
        assertThat(row(html, course.userId("sub-alice").toString())).contains("Alice Martin")
                .contains("data-status=\"DONE\"");
        assertThat(row(html, course.userId("sub-bruno").toString())).contains("data-status=\"IN_PROGRESS\"");
        assertThat(row(html, "sub:sub-chloe")).contains("Chloé Roux").contains("n’a pas encore ouvert Plume")
                .contains("data-status=\"NOT_STARTED\"");
        assertThat(row(html, course.userId("sub-dave").toString())).contains("David Zola");
        // the heatmap shows the uncertainty as text, not only as a colour
        assertThat(html).contains("data-certainty=\"INDICATIVE\"").contains("(indicatif)")
                .contains("data-certainty=\"RELIABLE\"");
        // Alice's unpublished certification (level 6) counts nowhere
        assertThat(html).contains("data-student=\"" + course.userId("sub-alice") + "\"");
        assertThat(distribution(html)).containsEntry("Niveau 3", 1).containsEntry("Niveau 4", 1)
                .containsEntry("Niveau 6", 0).containsEntry("sans niveau", 2);
        // the hardest item first, with a link to open resources for its competency
        assertThat(html.indexOf("data-item=\"" + hard.item().id())).isPositive()
                .isLessThan(html.indexOf("data-item=\"" + easy.item().id()));
        assertThat(html).contains("/catalogue?competency=" + hard.item().competency())
                .contains("href=\"" + resourceUrl + "\"").contains("Fiche : la règle expliquée");
        // Moodle's NRPS sends no groups: no group filter; the activity filter is there
        assertThat(html).doesNotContain("id=\"filter-group\"").contains("id=\"filter-activity\"");
        assertThat(html).contains("<title id=\"dist-title\"").contains("<desc id=\"dist-desc\"");
        assertThat(html).contains("id=\"roster-fresh\"").doesNotContain("id=\"roster-problem\"");
    }

    @Test
    void theRosterIsCachedAndReadAgainOnceOlderThanTheFreshnessLimit() {
        course("univ-cache").roster(Rosters.moodle(MOODLE_CLASS));
        LaunchFlow.Session teacher = teacher();
        UUID context = course.contextId();

        assertThat(teacher.get("/class/" + context).statusCode()).isEqualTo(200);
        assertThat(teacher.get("/class/" + context).statusCode()).isEqualTo(200);
        assertThat(course.rosterRequests()).as("the second view reads the cached roster").isEqualTo(1);

        jdbc.sql("UPDATE lti_roster_fetch SET fetched_at = fetched_at - INTERVAL '16 minutes' WHERE context_id = :c")
                .param("c", context).update();
        assertThat(teacher.get("/class/" + context).statusCode()).isEqualTo(200);
        assertThat(course.rosterRequests()).as("past the 15 min limit the platform is asked again").isEqualTo(2);
    }

    @Test
    void aFailingRosterDegradesToTheToolsOwnStudentsWithANotice() {
        course("univ-down").rosterFails(503);
        LaunchFlow.Session teacher = teacher();
        student("sub-alice", "Alice", "Martin");
        UUID context = course.contextId();

        HttpResponse<String> page = teacher.get("/class/" + context);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"roster-problem\"").contains("data-code=\"NRPS-UNAVAILABLE\"")
                .contains("Alice Martin");
        assertThat(rowKeys(page.body())).containsExactly(course.userId("sub-alice").toString());
    }

    @Test
    void aFailingPlatformIsNotAskedAgainBeforeTheRetryDelayAndItsRosterComesBackAfter() {
        course("univ-retry").rosterFails(503);
        LaunchFlow.Session teacher = teacher();
        UUID context = course.contextId();

        assertThat(teacher.get("/class/" + context).body()).contains("data-code=\"NRPS-UNAVAILABLE\"");
        int asked = course.rosterRequests();
        assertThat(teacher.get("/class/" + context).body()).contains("data-code=\"NRPS-UNAVAILABLE\"");
        assertThat(course.rosterRequests()).as("within the retry delay the platform is not asked").isEqualTo(asked);

        course.roster(Rosters.moodle(MOODLE_CLASS));
        jdbc.sql("UPDATE dashboard_roster_failure SET failed_at = failed_at - INTERVAL '6 minutes' WHERE context_id = :c")
                .param("c", context).update();
        String back = teacher.get("/class/" + context).body();
        assertThat(course.rosterRequests()).isGreaterThan(asked);
        assertThat(back).doesNotContain("id=\"roster-problem\"").contains("Chloé Roux");
    }

    @Test
    void groupsFromTheNrpsGroupsExtensionFilterTheClass() {
        course("univ-groups").roster(Rosters.moodle(List.of(
                Person.learner("sub-alice", "Alice", "Martin").inGroups("TD 1"),
                Person.learner("sub-bruno", "Bruno", "Petit").inGroups("TD 2"),
                Person.learner("sub-chloe", "Chloé", "Roux").inGroups("TD 1", "TD 2"))));
        LaunchFlow.Session teacher = teacher();
        UUID context = course.contextId();

        String all = teacher.get("/class/" + context).body();
        assertThat(all).contains("id=\"filter-group\"").contains("<option value=\"TD 1\"");
        assertThat(rowKeys(all)).hasSize(3);

        String td1 = teacher.get("/class/" + context + "?group=TD%201").body();
        assertThat(rowKeys(td1)).containsExactlyInAnyOrder("sub:sub-alice", "sub:sub-chloe");
        assertThat(td1).contains("2 étudiant(s) affiché(s) sur 3");
    }

    @Test
    void theActivityFilterKeepsTheStudentsWhoStartedIt() {
        course("univ-activity").roster(Rosters.moodle(MOODLE_CLASS));
        LaunchFlow.Session teacher = teacher();
        student("sub-alice", "Alice", "Martin");
        student("sub-bruno", "Bruno", "Petit");
        UUID context = course.contextId();
        new ClassResultsFixture(jdbc, course.memberId, context)
                .inProgress(course.userId("sub-bruno"), course.linkId("diag"), "DIAGNOSTIC", t0);

        String html = teacher.get("/class/" + context + "?activity=" + course.linkId("diag")).body();

        assertThat(rowKeys(html)).containsExactly(course.userId("sub-bruno").toString());
    }

    @Test
    void aLargeClassIsShownAHundredStudentsAtATimeAndCountedWhole() {
        List<Person> many = new java.util.ArrayList<>();
        for (int i = 0; i < 105; i++) {
            many.add(Person.learner(String.format("sub-%03d", i), "Étudiant", String.format("N%03d", i)));
        }
        course("univ-large").roster(Rosters.moodle(many));
        LaunchFlow.Session teacher = teacher();
        UUID context = course.contextId();

        String first = teacher.get("/class/" + context).body();
        String second = teacher.get("/class/" + context + "?page=2").body();

        assertThat(rowKeys(first)).hasSize(100).contains("sub:sub-000").doesNotContain("sub:sub-104");
        assertThat(rowKeys(second)).containsExactly("sub:sub-100", "sub:sub-101", "sub:sub-102", "sub:sub-103",
                "sub:sub-104");
        assertThat(first).contains("Page 1 sur 2").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(distribution(second)).containsEntry("sans niveau", 105);
        assertThat(rowKeys(teacher.get("/class/" + context + "?page=x").body())).hasSize(100);
    }

    @Test
    void aStudentOfTheCourseIsRefused() {
        course("univ-learner").roster(Rosters.moodle(MOODLE_CLASS));
        teacher();
        LaunchFlow.Session alice = course.session(course.launch("sub-alice", ClassCourse.LEARNER, "diag", Map.of()));

        HttpResponse<String> page = alice.get("/class/" + course.contextId());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("LTI-ROLE-FORBIDDEN").doesNotContain("data-student=");
        assertThat(alice.get("/class/" + course.contextId() + "/export.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void aTeacherSeesOnlyTheCourseTheyWereLaunchedIntoAsInstructor() {
        course("univ-two-courses").roster(Rosters.moodle(MOODLE_CLASS));
        LaunchFlow.Session teacherOfCourse2 = teacher();
        UUID course2 = course.contextId();
        ClassCourse other = new ClassCourse(port, registrations, members, jdbc, "univ-other-"
                + UUID.randomUUID().toString().substring(0, 6), "3");
        try {
            other.roster(Rosters.moodle(MOODLE_CLASS));
            LaunchFlow.Session teacherOfOtherMember = other.session(other.launch("sub-teacher", ClassCourse.INSTRUCTOR,
                    "diag", Map.of()));

            // another member's teacher, with a valid session of their own, gets a refusal for this course
            HttpResponse<String> foreign = teacherOfOtherMember.get("/class/" + course2);
            assertThat(foreign.statusCode()).isEqualTo(403);
            assertThat(foreign.body()).doesNotContain("data-student=");
            assertThat(teacherOfOtherMember.get("/class/" + course2 + "/export/students.csv").statusCode())
                    .isEqualTo(403);
            // and this course's teacher cannot open theirs
            assertThat(teacherOfCourse2.get("/class/" + other.contextId()).statusCode()).isEqualTo(403);
            assertThat(teacherOfCourse2.get("/class/" + course2).statusCode()).isEqualTo(200);
        } finally {
            other.close();
        }
    }

    private static final Pattern ROW = Pattern.compile("<tr data-student=\"([^\"]+)\">");

    static List<String> rowKeys(String html) {
        String students = html.substring(html.indexOf("<table class=\"students\">"),
                html.indexOf("</table>", html.indexOf("<table class=\"students\">")));
        Matcher m = ROW.matcher(students);
        List<String> keys = new java.util.ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static String row(String html, String key) {
        int start = html.indexOf("<tr data-student=\"" + key + "\">");
        assertThat(start).as("row of " + key).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static final Pattern DISTRIBUTION_ROW = Pattern.compile(
            "<th scope=\"row\">([^<]+)</th>\\s*<td class=\"num\">(\\d+)</td>");

    static Map<String, Integer> distribution(String html) {
        String table = html.substring(html.indexOf("<table class=\"distribution\">"),
                html.indexOf("</table>", html.indexOf("<table class=\"distribution\">")));
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Matcher m = DISTRIBUTION_ROW.matcher(table);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }
}
