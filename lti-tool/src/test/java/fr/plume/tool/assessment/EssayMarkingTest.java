package fr.plume.tool.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.shared.web.DateDisplay;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writing sessions in practice and their marking by the course's teachers, over real HTTP after
 * real LTI launches: the text is stored (never logged), the student is told a teacher will mark
 * it, and only the teaching team of that course, in that member, can mark it.
 */
@PlumeIntegrationTest
@Import(CompletedAttempts.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class EssayMarkingTest {

    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");
    private static final Pattern CRITERION = Pattern.compile("name=\"points-(\\d+)\"[^>]*max=\"(\\d+)\"|max=\"(\\d+)\"[^>]*name=\"points-(\\d+)\"");

    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CompletedAttempts published;
    @Autowired
    DateDisplay dates;

    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @BeforeEach
    void bank() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
    }

    @Test
    void aStudentWritesAnEssayAndATeacherOfTheCourseMarksItWithTheRubric(CapturedOutput output) {
        String competency = catalog.published().stream().filter(p -> p.item().type() == ItemType.ESSAY)
                .map(p -> p.item().competency()).sorted().findFirst().orElseThrow();
        StudentLauncher univ = students.member("univ-essay");
        StudentLauncher.Session student = univ.launch("writer", "link-w", Map.of());

        // the explicit choice to write, only for competencies that have essays
        String home = student.get("/app").body();
        assertThat(home).contains("Rédiger un texte").contains("name=\"activity\" value=\"WRITING\"")
                .contains("value=\"" + competency + "\"");
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("mode", List.of("FORMATIVE"));
        form.put("activity", List.of("WRITING"));
        form.put("competency", List.of(competency));
        HttpResponse<String> started = student.post("/app/attempts", home, form);
        Matcher m = ATTEMPT.matcher(StudentLauncher.Session.location(started));
        assertThat(m.find()).isTrue();
        UUID attempt = UUID.fromString(m.group(1));

        String page = student.get("/app/attempts/" + attempt).body();
        assertThat(page).contains("data-item-type=\"ESSAY\"").contains("sera corrigé par un enseignant")
                .contains("<textarea");
        String secret = "Texte-témoin " + UUID.randomUUID() + " : la rédaction d’un étudiant.";
        HttpResponse<String> sent = student.post("/app/attempts/" + attempt + "/answer", page,
                Map.of("token", List.of(StudentLauncher.Session.token(page)), "essay", List.of(secret)));
        assertThat(StudentLauncher.Session.location(sent)).as("no immediate correction").endsWith("/result");
        String result = student.get("/app/attempts/" + attempt + "/result").body();
        assertThat(result).contains("Rédaction enregistrée").contains("mots) est enregistré")
                .contains("sera corrigé par un enseignant");

        // stored once, in the essay table; the shown item has no verdict; no estimate, no grade
        assertThat(jdbc.sql("SELECT text FROM assessment_essay WHERE attempt_id = :a").param("a", attempt)
                .query(String.class).single()).isEqualTo(secret);
        Map<String, Object> item = jdbc.sql("SELECT answered_at, correct, response FROM assessment_attempt_item"
                + " WHERE attempt_id = :a").param("a", attempt).query().singleRow();
        assertThat(item.get("answered_at")).isNotNull();
        assertThat(item.get("correct")).isNull();
        assertThat(item.get("response")).isNull();
        assertThat(published.events).noneMatch(e -> e.attemptId().equals(attempt));
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain("Texte-témoin");
        UUID context = jdbc.sql("SELECT context_id FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(UUID.class).single();
        UUID studentId = jdbc.sql("SELECT user_id FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(UUID.class).single();

        // nobody outside the course's teaching team sees it
        String essays = "/class/" + context + "/essays";
        assertThat(student.get(essays).statusCode()).as("a student").isEqualTo(403);
        StudentLauncher.Session otherCourse = univ.launch("teacher-b", "link-b", Map.of(), StudentLauncher.INSTRUCTOR, "3");
        assertThat(otherCourse.get(essays).statusCode()).as("a teacher of another course").isEqualTo(403);
        StudentLauncher.Session otherMember = students.member("univ-essay-other").launch("teacher", "link-w", Map.of(),
                StudentLauncher.INSTRUCTOR, "2");
        assertThat(otherMember.get(essays).statusCode()).as("a teacher of another member").isEqualTo(403);

        StudentLauncher.Session teacher = univ.launch("teacher", "link-w", Map.of(), StudentLauncher.INSTRUCTOR, "2");
        HttpResponse<String> list = teacher.get(essays);
        assertThat(list.statusCode()).isEqualTo(200);
        String marking = list.body();
        assertThat(marking).contains("<h1").contains("Textes à corriger").contains(secret)
                .contains("/class/" + context + "/essays/" + attempt + "/1").doesNotContain("writer");
        Instant submittedAt = jdbc.sql("SELECT submitted_at FROM assessment_essay WHERE attempt_id = :a")
                .param("a", attempt).query(Timestamp.class).single().toInstant();
        assertThat(marking).as("the one date format, in the consortium's zone (the member has none of its own)")
                .contains("Déposée le " + dates.format(submittedAt, Locale.FRENCH) + " — ");
        Map<Integer, Integer> rubric = criteria(marking);
        assertThat(rubric).isNotEmpty();
        String action = "/class/" + context + "/essays/" + attempt + "/1";

        // out of range: refused, nothing saved
        Map<String, List<String>> tooMany = new LinkedHashMap<>();
        rubric.forEach((index, max) -> tooMany.put("points-" + index, List.of(String.valueOf(max + 1))));
        HttpResponse<String> refused = teacher.post(action, marking, tooMany);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("dépasse le maximum");
        assertThat(jdbc.sql("SELECT marked_at IS NULL FROM assessment_essay WHERE attempt_id = :a").param("a", attempt)
                .query(Boolean.class).single()).isTrue();
        // without the CSRF token: refused by Spring Security
        assertThat(teacher.flow().post(action, teacher.cookie(), Map.of("points-0", List.of("1"))).statusCode())
                .isEqualTo(403);

        Map<String, List<String>> marks = new LinkedHashMap<>();
        rubric.forEach((index, max) -> marks.put("points-" + index, List.of(String.valueOf(max))));
        HttpResponse<String> saved = teacher.post(action, marking, marks);
        assertThat(StudentLauncher.Session.location(saved)).endsWith(essays + "?marked=1");
        int maximum = rubric.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> row = jdbc.sql("SELECT total_points, max_points, marked_by, marked_at FROM assessment_essay"
                + " WHERE attempt_id = :a").param("a", attempt).query().singleRow();
        assertThat(row.get("total_points")).isEqualTo(maximum);
        assertThat(row.get("max_points")).isEqualTo(maximum);
        assertThat(row.get("marked_at")).isNotNull();
        assertThat(row.get("marked_by")).isNotNull().isNotEqualTo(studentId);
        String after = teacher.get(essays + "?marked=1").body();
        assertThat(after).contains("La correction est enregistrée.").doesNotContain(secret);
        assertThat(student.get("/app/attempts/" + attempt + "/result").body())
                .contains("Texte corrigé : " + maximum + " points sur " + maximum);
    }

    /**
     * Moodle sends an institution (or site) administrator the institution and system Administrator
     * roles: with no teaching role in the course, they land on a page saying so and can neither
     * read nor mark the course's essays.
     */
    @Test
    void anInstitutionAdministratorWithoutATeachingRoleCannotReadOrMarkTheCourseEssays() {
        String competency = catalog.published().stream().filter(p -> p.item().type() == ItemType.ESSAY)
                .map(p -> p.item().competency()).sorted().findFirst().orElseThrow();
        StudentLauncher univ = students.member("univ-essay-admin");
        StudentLauncher.Session student = univ.launch("writer-a", "link-wa", Map.of());
        String home = student.get("/app").body();
        HttpResponse<String> started = student.post("/app/attempts", home, Map.of("mode", List.of("FORMATIVE"),
                "activity", List.of("WRITING"), "competency", List.of(competency)));
        Matcher m = ATTEMPT.matcher(StudentLauncher.Session.location(started));
        assertThat(m.find()).isTrue();
        UUID attempt = UUID.fromString(m.group(1));
        String page = student.get("/app/attempts/" + attempt).body();
        String secret = "Copie-témoin " + UUID.randomUUID();
        student.post("/app/attempts/" + attempt + "/answer", page,
                Map.of("token", List.of(StudentLauncher.Session.token(page)), "essay", List.of(secret)));
        UUID context = jdbc.sql("SELECT context_id FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(UUID.class).single();

        StudentLauncher.Landed admin = univ.launch("site-admin", "link-wa", Map.of(), List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"), "2", Map.of());

        assertThat(admin.landing()).isEqualTo("/lti/no-role");
        HttpResponse<String> landing = admin.session().get(admin.landing());
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("Vous n’avez pas de rôle dans ce cours").contains("data-roles=\"ADMINISTRATOR\"");
        String essays = "/class/" + context + "/essays";
        HttpResponse<String> list = admin.session().get(essays);
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(list.body()).contains("LTI-ROLE-FORBIDDEN").doesNotContain(secret);
        assertThat(admin.session().get("/class/" + context).statusCode()).isEqualTo(403);
        // with a valid CSRF token of the admin's own session (any page with a form carries it)
        HttpResponse<String> mark = admin.session().post(essays + "/" + attempt + "/1",
                admin.session().get("/app").body(), Map.of("points-0", List.of("1")));
        assertThat(mark.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT marked_at IS NULL FROM assessment_essay WHERE attempt_id = :a").param("a", attempt)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void writingIsOnlyOfferedForACompetencyThatHasEssays() {
        String without = catalog.published().stream().map(p -> p.item().competency())
                .filter(code -> catalog.published().stream()
                        .noneMatch(p -> p.item().competency().equals(code) && p.item().type() == ItemType.ESSAY))
                .findFirst().orElseThrow();
        StudentLauncher.Session student = students.member("univ-essay-none").launch("writer-2", "link-n", Map.of());
        String home = student.get("/app").body();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("mode", List.of("FORMATIVE"));
        form.put("activity", List.of("WRITING"));
        form.put("competency", List.of(without));
        HttpResponse<String> refused = student.post("/app/attempts", home, form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ASSESSMENT-NO-ESSAY");
    }

    static Map<Integer, Integer> criteria(String html) {
        Map<Integer, Integer> found = new LinkedHashMap<>();
        Matcher m = CRITERION.matcher(html);
        while (m.find()) {
            if (m.group(1) != null) {
                found.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else {
                found.put(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
            }
        }
        return found;
    }
}
