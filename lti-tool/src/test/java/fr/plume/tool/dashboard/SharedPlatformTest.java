package fr.plume.tool.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One Moodle shared by several universities (issue 13): one registration, whose launches go to the
 * member their person ID number names. Students of two universities in one course: their attempts
 * land in two members, each member's administrator sees only their own, and an unknown value stays
 * with the registration's member, which the administrator is told.
 */
@PlumeIntegrationTest
class SharedPlatformTest {

    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String UNIV_A = "univ-a-" + SUFFIX;
    private static final String UNIV_B = "univ-b-" + SUFFIX;

    @RegisterExtension
    final ConsortiumAdmins.Account admin = ConsortiumAdmins.account("shared-admin", "shared-admin-password-1");
    @RegisterExtension
    final ConsortiumAdmins.Account adminOfA = ConsortiumAdmins.memberAdmin("admin-" + UNIV_A, "member-admin-password-1",
            UNIV_A);
    @RegisterExtension
    final ConsortiumAdmins.Account adminOfB = ConsortiumAdmins.memberAdmin("admin-" + UNIV_B, "member-admin-password-2",
            UNIV_B);

    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    ImportItems importItems;
    @Autowired
    JdbcClient jdbc;
    @Value("${local.server.port}")
    int port;

    private TestPlatform platform;
    private RegistrationView registration;
    private LaunchFlow flow;

    @BeforeEach
    void sharedMoodle() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        platform = new TestPlatform("https://sonate-" + SUFFIX + ".test", "plume-sonate-" + SUFFIX, "1");
        registration = platform.register(registrations, members, "sonate-" + SUFFIX);
        flow = new LaunchFlow(new Http(port), platform);
    }

    @AfterEach
    void close() {
        platform.close();
    }

    private LaunchFlow.Session launch(String sub, String personIdNumber) {
        Map<String, Object> lis = new LinkedHashMap<>();
        lis.put("person_sourcedid", personIdNumber);
        lis.put("course_section_sourcedid", "DAEU-FR-2026");
        String cookie = flow.launchResourceLink(sub, List.of(LEARNER),
                Map.of("id", "daeu-french", "label", "DAEU-FR", "title", "Français DAEU"),
                Map.of("id", "daeu-diagnostic", "title", "Positionnement"), Map.of("plume_kind", "DIAGNOSTIC"),
                Map.of(LtiClaims.LIS, lis)).cookie();
        return flow.session(cookie);
    }

    private static UUID startDiagnostic(LaunchFlow.Session session) {
        String home = session.get("/app").body();
        HttpResponse<String> started = session.post("/app/attempts", home, Map.of("mode", List.of("DIAGNOSTIC")));
        assertThat(started.statusCode()).isEqualTo(302);
        Matcher m = ATTEMPT.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private UUID memberOfAttempt(UUID attempt) {
        return jdbc.sql("SELECT member_id FROM assessment_attempt WHERE id = :id").param("id", attempt)
                .query(UUID.class).single();
    }

    private UUID member(String code) {
        return members.findByCode(code).orElseThrow().id();
    }

    private void configureRule(BrowserSession consortium) {
        String path = "/admin/lti/registrations/" + registration.id() + "/attribution";
        String page = consortium.get(path).body();
        HttpResponse<String> saved = consortium.postForm(path, Map.of("_csrf", BrowserSession.csrfToken(page),
                "source", "PERSON_SOURCEDID", "separator", "-",
                "values", "UNIVA = " + UNIV_A + "\nunivb = " + UNIV_B));
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    @Test
    void studentsOfTwoUniversitiesInOneCourseLandInTwoMembers() {
        BrowserSession consortium = admin.signedIn();
        configureRule(consortium);

        UUID attemptA = startDiagnostic(launch("student-a", "UNIVA-20260001"));
        UUID attemptB = startDiagnostic(launch("student-b", "UnivB-20260002"));
        UUID attemptElsewhere = startDiagnostic(launch("student-z", "ZZZ-20260003"));

        assertThat(memberOfAttempt(attemptA)).isEqualTo(member(UNIV_A));
        assertThat(memberOfAttempt(attemptB)).isEqualTo(member(UNIV_B));
        assertThat(memberOfAttempt(attemptElsewhere)).as("unknown value: the registration's member")
                .isEqualTo(registration.memberId());

        // the consortium administrator sees the rule, who went where, and that one launch fell back
        String attribution = consortium.get("/admin/lti/registrations/" + registration.id() + "/attribution").body();
        assertThat(attribution).contains("id=\"current-rule\"").contains("id=\"fallbacks\"")
                .contains("Université " + UNIV_A).contains("Université " + UNIV_B).contains("UNIVA").contains("ZZZ");
        assertThat(consortium.get("/admin/lti/registrations").body()).contains("(lis.person_sourcedid)");
        String launchesOfA = consortium.get("/admin/lti/launches?member=" + member(UNIV_A)).body();
        assertThat(launchesOfA).contains("UNIVA").doesNotContain("UNIVB").doesNotContain("ZZZ");
    }

    @Test
    void aMemberAdministratorSeesTheirOwnMemberOnly() {
        configureRule(admin.signedIn());
        startDiagnostic(launch("student-a2", "UNIVA-20260011"));
        startDiagnostic(launch("student-b2", "UNIVB-20260012"));

        BrowserSession ofA = adminOfA.signedIn();
        HttpResponse<String> usage = ofA.get("/admin/member/usage");
        assertThat(usage.statusCode()).isEqualTo(200);
        assertThat(usage.body()).contains("Université " + UNIV_A).doesNotContain("Université " + UNIV_B)
                .doesNotContain("sonate-" + SUFFIX)
                // one student of A launched: a group under five
                .contains("class=\"suppressed\"");
        // the member is the account's: a member named in the request changes nothing
        assertThat(ofA.get("/admin/member/usage?member=" + member(UNIV_B)).body())
                .contains("Université " + UNIV_A).doesNotContain("Université " + UNIV_B);
        HttpResponse<String> workbook = ofA.get("/admin/member/usage.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type").orElseThrow()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow()).contains(UNIV_A);

        // the consortium's pages stay closed to a member administrator
        assertThat(ofA.get("/admin/usage").statusCode()).isEqualTo(403);
        assertThat(ofA.get("/admin/usage.xlsx").statusCode()).isEqualTo(403);
        assertThat(ofA.get("/admin/lti/launches?member=" + member(UNIV_B)).statusCode()).isEqualTo(403);
        assertThat(adminOfB.signedIn().get("/admin/member/usage").body()).contains("Université " + UNIV_B)
                .doesNotContain("Université " + UNIV_A);
    }
}
