package fr.plume.tool.certification;

import static fr.plume.tool.certification.CertificationFixtures.CERTIFICATION_LINK;
import static fr.plume.tool.certification.CertificationFixtures.OFFICER;
import static fr.plume.tool.certification.CertificationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.MovableClock;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Double marking of certification essays over real HTTP after real LTI launches (issue 17): the
 * course's teachers mark a certifying attempt's essay on the marking page, each once and blind to
 * the others' marks, never the writer; levels more than one apart go to a third marker; every mark
 * is in the certification audit log; the officer cannot publish the candidate until it is decided.
 */
@CertificationIntegrationTest
class CertificationEssayMarkingTest {

    private static final Pattern CRITERION = Pattern.compile(
            "name=\"points-(\\d+)\"[^>]*max=\"(\\d+)\"|max=\"(\\d+)\"[^>]*name=\"points-(\\d+)\"");
    private static final Pattern COURSE = Pattern.compile("^/class/([0-9a-f-]{36})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    MovableClock clock;

    @RegisterExtension
    final CertificationStage stage = new CertificationStage();
    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    /** A certifying attempt of {@code writer} in course "2" of the member, holding one essay; and that course. */
    private record Written(UUID memberId, UUID context, UUID attempt, int position) {
    }

    private Written certifyingEssay(StudentLauncher univ, String memberCode, String writer) {
        univ.launch(writer, "cert-essay", Map.of());
        UUID memberId = CertificationFixtures.memberOf(jdbc, memberCode);
        UUID context = courseOf(teacher(univ, "course-owner"));
        UUID attempt = CertificationFixtures.certifyingAttempt(jdbc, memberId,
                CertificationFixtures.userOf(jdbc, univ, writer), context);
        int position = CertificationFixtures.addEssay(jdbc, catalog, attempt, "Une rédaction de certification.");
        return new Written(memberId, context, attempt, position);
    }

    private static StudentLauncher.Landed teacher(StudentLauncher univ, String subject) {
        return univ.launch(subject, "cert-essay", Map.of(), List.of(StudentLauncher.INSTRUCTOR), "2", Map.of());
    }

    private static UUID courseOf(StudentLauncher.Landed landed) {
        Matcher m = COURSE.matcher(landed.landing());
        assertThat(m.find()).as(landed.landing()).isTrue();
        return UUID.fromString(m.group(1));
    }

    /** The marker gives every criterion its maximum (full) or zero; the response. */
    private static HttpResponse<String> mark(StudentLauncher.Session marker, Written essay, String page, boolean full) {
        Map<String, List<String>> points = new LinkedHashMap<>();
        Matcher m = CRITERION.matcher(page);
        while (m.find()) {
            String max = m.group(1) != null ? m.group(2) : m.group(3);
            points.put("points-" + (m.group(1) != null ? m.group(1) : m.group(4)), List.of(full ? max : "0"));
        }
        assertThat(points).as("the rubric's fields").isNotEmpty();
        return marker.post("/class/" + essay.context() + "/essays/" + essay.attempt() + "/" + essay.position(), page,
                points);
    }

    private String essays(StudentLauncher.Session marker, Written essay) {
        HttpResponse<String> page = marker.get("/class/" + essay.context() + "/essays");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private boolean decided(Written essay) {
        return jdbc.sql("SELECT marked_at IS NOT NULL FROM assessment_essay WHERE attempt_id = :a")
                .param("a", essay.attempt()).query(Boolean.class).single();
    }

    private List<String> auditDetails(UUID subject) {
        return jdbc.sql("SELECT action || ' ' || details FROM certification_audit WHERE subject_id = :s ORDER BY seq")
                .param("s", subject).query(String.class).list();
    }

    @Test
    void rejectsSameMarkerTwice() {
        StudentLauncher univ = students.member("univ-cert-essay-same");
        Written essay = certifyingEssay(univ, "univ-cert-essay-same", "writer-s");
        StudentLauncher.Session first = teacher(univ, "marker-s1").session();
        String page = essays(first, essay);
        assertThat(page).contains("Certification : double correction").contains("data-double-marking");

        assertThat(mark(first, essay, page, true).statusCode()).isEqualTo(302);
        assertThat(essays(first, essay)).as("no longer listed to its first marker")
                .doesNotContain(essay.attempt() + "/" + essay.position());
        HttpResponse<String> again = mark(first, essay, page, false);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ASSESSMENT-ESSAY-SAME-MARKER").contains("Texte déjà corrigé par vous");
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_essay_mark WHERE attempt_id = :a")
                .param("a", essay.attempt()).query(Integer.class).single()).isEqualTo(1);
        assertThat(decided(essay)).as("one mark decides nothing").isFalse();
        String secondPage = essays(teacher(univ, "marker-s2").session(), essay);
        assertThat(secondPage).as("listed to another teacher").contains(essay.attempt() + "/" + essay.position());
        assertThat(Pattern.compile("<input[^>]*points-[^>]*value=\"\\d|<input[^>]*value=\"\\d[^>]*points-").matcher(secondPage).find())
                .as("who sees it does not see the first mark").isFalse();
        assertThat(auditDetails(essay.attempt())).singleElement().asString()
                .startsWith("essay.marked ").contains("round=1").contains("stage=AWAITING_SECOND");
    }

    @Test
    void rejectsTheCandidateMarkingTheirOwnEssay() {
        StudentLauncher univ = students.member("univ-cert-essay-own");
        Written essay = certifyingEssay(univ, "univ-cert-essay-own", "writer-o");
        Written another = certifyingEssay(univ, "univ-cert-essay-own", "writer-o2");
        StudentLauncher.Session writerAsTeacher = teacher(univ, "writer-o").session();
        String page = essays(writerAsTeacher, essay);
        assertThat(page).as("a teacher who sat the test marks others' essays, never their own")
                .contains(another.attempt() + "/" + another.position())
                .doesNotContain(essay.attempt() + "/" + essay.position());

        HttpResponse<String> own = writerAsTeacher.post("/class/" + essay.context() + "/essays/" + essay.attempt() + "/"
                + essay.position(), page, criteriaAtZero(page));

        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("ASSESSMENT-ESSAY-OWN");
        assertThat(auditDetails(essay.attempt())).isEmpty();
    }

    private static Map<String, List<String>> criteriaAtZero(String page) {
        Map<String, List<String>> points = new LinkedHashMap<>();
        Matcher m = CRITERION.matcher(page);
        while (m.find()) {
            points.put("points-" + (m.group(1) != null ? m.group(1) : m.group(4)), List.of("0"));
        }
        return points;
    }

    @Test
    void sendsLargeGapToThirdMarker() {
        StudentLauncher univ = students.member("univ-cert-essay-gap");
        Written essay = certifyingEssay(univ, "univ-cert-essay-gap", "writer-g");
        StudentLauncher.Session first = teacher(univ, "marker-g1").session();
        StudentLauncher.Session second = teacher(univ, "marker-g2").session();
        StudentLauncher.Session third = teacher(univ, "marker-g3").session();

        assertThat(mark(first, essay, essays(first, essay), false).statusCode()).isEqualTo(302);
        assertThat(mark(second, essay, essays(second, essay), true).statusCode()).isEqualTo(302);

        assertThat(decided(essay)).as("levels 1 and 6 are too far apart").isFalse();
        assertThat(essays(second, essay)).doesNotContain(essay.attempt() + "/" + essay.position());
        String thirdPage = essays(third, essay);
        assertThat(thirdPage).contains(essay.attempt() + "/" + essay.position());
        assertThat(mark(third, essay, thirdPage, true).statusCode()).isEqualTo(302);

        Map<String, Object> row = jdbc.sql("SELECT total_points, max_points FROM assessment_essay WHERE attempt_id = :a")
                .param("a", essay.attempt()).query().singleRow();
        assertThat(row.get("total_points")).as("the mean of the two closest marks: both full").isEqualTo(row.get("max_points"));
        assertThat(auditDetails(essay.attempt())).hasSize(3).satisfiesExactly(
                one -> assertThat(one).contains("round=1 level=1 stage=AWAITING_SECOND"),
                two -> assertThat(two).contains("round=2 level=6 stage=AWAITING_THIRD"),
                three -> assertThat(three).contains("round=3 level=6 stage=FINAL finalLevel=6"));
        certifyingEssay(univ, "univ-cert-essay-gap", "writer-g2");
        StudentLauncher.Session fourthMarker = teacher(univ, "marker-g4").session();
        String fourthPage = essays(fourthMarker, essay);
        assertThat(fourthPage).as("a decided essay is listed to nobody").doesNotContain(essay.attempt() + "/" + essay.position());
        HttpResponse<String> fourth = mark(fourthMarker, essay, fourthPage, true);
        assertThat(fourth.statusCode()).isEqualTo(409);
        assertThat(fourth.body()).contains("ASSESSMENT-ESSAY-MARKING-COMPLETE");
    }

    @Test
    void queueHoldsCandidateUntilEssaysMarked() {
        StudentLauncher univ = students.member("univ-cert-essay-queue");
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-cert-essay-queue");
        StudentLauncher.Session candidate = univ.launch("cand-e", "cert-essay-q", CERTIFICATION_LINK,
                List.of(StudentLauncher.LEARNER), "2", CertificationFixtures.agsEndpoint(univ)).session();
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "cand-e"), 10);
        BrowserSession officer = new BrowserSession(port);
        officer.signIn(OFFICER, PASSWORD);
        UUID centre = CertificationFixtures.openCentre(officer, jdbc, memberId, "Centre essais " + UUID.randomUUID());
        BrowserSession jury = CertificationFixtures.memberJury(port, accounts, encoder, officer, centre,
                "essay-jury-" + UUID.randomUUID());
        CertificationFixtures.Scheduled session = CertificationFixtures.schedule(officer, centre, 5);
        CertificationFixtures.Sat sat = CertificationFixtures.sitUntilTimeIsUp(port, jdbc, clock, candidate, session);
        UUID candidateId = sat.candidateId();
        UUID attempt = sat.attempt();
        UUID context = jdbc.sql("SELECT context_id FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(UUID.class).single();
        Written essay = new Written(memberId, context, attempt,
                CertificationFixtures.addEssay(jdbc, catalog, attempt, "La rédaction de l’épreuve certifiante."));
        String sessionPage = officer.get("/certif/sessions/" + session.id()).body();
        assertThat(officer.postForm("/certif/sessions/" + session.id() + "/finalise",
                Map.of("_csrf", BrowserSession.csrfToken(sessionPage))).statusCode()).isEqualTo(302);
        clock.reset();
        CertificationFixtures.endorseAndClose(jury, session.id(), candidateId);

        String queue = officer.get("/certif/review").body();
        assertThat(queue).contains("En attente de correction : 0 rédaction(s) sur 1")
                .contains("data-held=\"CERTIFICATION-ESSAYS-UNMARKED\"")
                .doesNotContain("/certif/review/" + memberId + "/" + candidateId + "/publish");
        String publish = "/certif/review/" + memberId + "/" + candidateId + "/publish";
        HttpResponse<String> held = officer.postForm(publish, Map.of("_csrf", BrowserSession.csrfToken(queue)));
        assertThat(held.statusCode()).isEqualTo(409);
        assertThat(held.body()).contains("CERTIFICATION-ESSAYS-UNMARKED");
        HttpResponse<String> wholeSession = officer.postForm("/certif/review/sessions/" + session.id() + "/publish",
                Map.of("_csrf", BrowserSession.csrfToken(queue)));
        assertThat(officer.follow(wholeSession).body()).contains("Aucun résultat publié");

        StudentLauncher.Session first = teacher(univ, "marker-q1").session();
        StudentLauncher.Session second = teacher(univ, "marker-q2").session();
        assertThat(mark(first, essay, essays(first, essay), true).statusCode()).isEqualTo(302);
        assertThat(officer.postForm(publish, Map.of("_csrf", BrowserSession.csrfToken(queue))).statusCode())
                .as("one mark is not enough").isEqualTo(409);
        assertThat(mark(second, essay, essays(second, essay), true).statusCode()).isEqualTo(302);

        assertThat(officer.get("/certif/review").body()).contains("Corrigées (double correction) ; niveau(x) : 6");
        assertThat(officer.postForm(publish, Map.of("_csrf", BrowserSession.csrfToken(queue))).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT decision FROM certification_candidate WHERE id = :c").param("c", candidateId)
                .query(String.class).single()).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("SELECT action FROM certification_audit WHERE subject_id = :s ORDER BY seq")
                .param("s", candidateId).query(String.class).list()).containsSubsequence("candidate.judged",
                "member-jury.endorsed", "essay.marked", "essay.marked", "candidate.published");
    }
}
