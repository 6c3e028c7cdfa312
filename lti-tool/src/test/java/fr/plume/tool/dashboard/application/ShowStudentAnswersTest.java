package fr.plume.tool.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.dashboard.ClassCourse;
import fr.plume.tool.dashboard.ClassResultsFixture;
import fr.plume.tool.dashboard.Rosters;
import fr.plume.tool.dashboard.Rosters.Person;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A student's drill-down: their diagnostic and practice answers with the items, never a
 * certification item, and only for a student of the teacher's course.
 */
@PlumeIntegrationTest
class ShowStudentAnswersTest {

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

    private ClassCourse course;
    private final Instant t0 = Instant.now().minus(2, ChronoUnit.DAYS);

    @BeforeEach
    void setUp() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        course = new ClassCourse(port, registrations, members, jdbc, "univ-drill-"
                + UUID.randomUUID().toString().substring(0, 6), "2");
        course.roster(Rosters.moodle(List.of(Person.learner("sub-alice", "Alice", "Martin"),
                Person.learner("sub-bruno", "Bruno", "Petit"))));
    }

    @AfterEach
    void close() {
        course.close();
    }

    @Test
    void showsDiagnosticAndPracticeAnswersButNeverACertificationItem() {
        LaunchFlow.Session teacher = course.session(course.launch("sub-teacher", ClassCourse.INSTRUCTOR, "diag", Map.of()));
        course.launch("sub-alice", ClassCourse.LEARNER, "diag", Map.of("name", "Alice Martin"));
        UUID context = course.contextId();
        UUID alice = course.userId("sub-alice");
        ClassResultsFixture results = new ClassResultsFixture(jdbc, course.memberId, context);
        List<PublishedItem> items = catalog.published().stream()
                .filter(p -> !p.item().stem().fr().contains("<")).toList();
        PublishedItem practised = items.get(0);
        PublishedItem certified = items.stream().filter(p -> !p.item().stem().fr().equals(practised.item().stem().fr()))
                .findFirst().orElseThrow();
        UUID diag = results.completed(alice, course.linkId("diag"), "DIAGNOSTIC", 3, t0, t0.plusSeconds(600));
        results.answer(diag, 1, practised.item().id(), practised.item().competency(), false,
                "{\"type\":\"CORRECT_THE_ERROR\",\"correction\":\"=cmd|' /C calc'!A0\"}", t0.plusSeconds(60));
        UUID exam = results.completed(alice, course.linkId("diag"), "CERTIFICATION", 5, t0.plusSeconds(3600),
                t0.plusSeconds(7200));
        results.answer(exam, 1, certified.item().id(), certified.item().competency(), true,
                "{\"type\":\"SHORT_ANSWER\",\"text\":\"secret exam answer\"}", t0.plusSeconds(3700));
        results.published(exam, t0.plusSeconds(8000));

        HttpResponse<String> page = teacher.get("/class/" + context + "/students/" + alice);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Alice Martin</h1>").contains("data-mode=\"DIAGNOSTIC\"")
                .contains(escape(practised.item().stem().fr())).contains("faux");
        assertThat(html).doesNotContain("data-mode=\"CERTIFICATION\"").doesNotContain("secret exam answer")
                .doesNotContain(escape(certified.item().stem().fr()));
        // the published certification level is a result the teacher may see
        assertThat(html).containsPattern("Certification</th><td class=\"num\">5</td>");
    }

    @Test
    void aStudentOutsideTheTeachersCourseIsNotFound() {
        LaunchFlow.Session teacher = course.session(course.launch("sub-teacher", ClassCourse.INSTRUCTOR, "diag", Map.of()));
        UUID context = course.contextId();
        ClassCourse other = new ClassCourse(port, registrations, members, jdbc, "univ-drill-other-"
                + UUID.randomUUID().toString().substring(0, 6), "9");
        try {
            other.launch("sub-zoe", ClassCourse.LEARNER, "diag", Map.of("name", "Zoé Other"));
            UUID zoe = other.userId("sub-zoe");

            HttpResponse<String> page = teacher.get("/class/" + context + "/students/" + zoe);

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("CLASS-STUDENT-NOT-FOUND").doesNotContain("Zoé Other");
        } finally {
            other.close();
        }
    }

    @Test
    void aRosterStudentWhoNeverLaunchedHasNoAnswers() {
        LaunchFlow.Session teacher = course.session(course.launch("sub-teacher", ClassCourse.INSTRUCTOR, "diag", Map.of()));
        UUID context = course.contextId();
        teacher.get("/class/" + context); // reads the roster

        HttpResponse<String> page = teacher.get("/class/" + context + "/students/sub:sub-bruno");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Bruno Petit</h1>").contains("Aucune réponse de diagnostic");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
