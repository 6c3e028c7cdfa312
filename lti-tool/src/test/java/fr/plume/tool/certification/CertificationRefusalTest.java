package fr.plume.tool.certification;

import static fr.plume.tool.certification.CertificationFixtures.CERTIFICATION_LINK;
import static fr.plume.tool.certification.CertificationFixtures.OFFICER;
import static fr.plume.tool.certification.CertificationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.BrowserSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every certification route, walked by each person who must be refused (DESIGN §10, issue 17):
 * anonymous, a student launched from the member, a centre manager of another member, a manager on
 * the officer's routes, and the invigilator of another session. Each allowed person is checked too,
 * so the refusals cannot pass by accident; refused actions change nothing (the audit log grows not).
 */
@CertificationIntegrationTest
class CertificationRefusalTest {

    /** GET or POST, the path with {centre}, {session}, {candidate}, {member} to fill in. */
    record Route(String method, String path, Map<String, String> fields) {
    }

    private static final Map<String, String> INCIDENT = Map.of("kind", "OTHER", "note", "x", "minutesAgo", "0");
    static final List<Route> STAFF_ROUTES = List.of(
            new Route("GET", "/certif", Map.of()),
            new Route("POST", "/certif/centres", Map.of("memberId", "{member}", "name", "Intrus")),
            new Route("POST", "/certif/centres/{centre}/managers", Map.of("username", "intrus")),
            new Route("POST", "/certif/centres/{centre}/sessions", Map.of("startsAt", "2026-12-06T09:00", "room", "X",
                    "capacity", "5", "durationMinutes", "60")),
            new Route("GET", "/certif/sessions/{session}", Map.of()),
            new Route("POST", "/certif/sessions/{session}/roster", Map.of()),
            new Route("POST", "/certif/sessions/{session}/pin", Map.of()),
            new Route("POST", "/certif/sessions/{session}/finalise", Map.of()),
            new Route("GET", "/certif/sessions/{session}/jury", Map.of()),
            new Route("POST", "/certif/sessions/{session}/jury/candidates/{candidate}", Map.of("verdict", "ENDORSED")),
            new Route("POST", "/certif/sessions/{session}/jury/close", Map.of()));
    static final List<Route> OFFICER_ROUTES = List.of(
            new Route("POST", "/certif/centres", Map.of("memberId", "{member}", "name", "Intrus")),
            new Route("POST", "/certif/centres/{centre}/managers", Map.of("username", "intrus")),
            new Route("GET", "/certif/review", Map.of()),
            new Route("POST", "/certif/review/{member}/{candidate}/publish", Map.of()),
            new Route("POST", "/certif/review/{member}/{candidate}/reject", Map.of("reason", "non")),
            new Route("POST", "/certif/review/{member}/{candidate}/rescore", Map.of()),
            new Route("POST", "/certif/review/{member}/{candidate}/level", Map.of("level", "5", "reason", "non")),
            new Route("POST", "/certif/review/sessions/{session}/publish", Map.of()),
            new Route("GET", "/certif/audit", Map.of()),
            new Route("POST", "/certif/audit/verify", Map.of()));
    static final List<Route> INVIGILATION_ROUTES = List.of(
            new Route("GET", "/certif/invigilate/{session}", Map.of()),
            new Route("GET", "/certif/invigilate/{session}/candidates", Map.of()),
            new Route("POST", "/certif/invigilate/{session}/candidates/{candidate}/authorise", Map.of()),
            new Route("POST", "/certif/invigilate/{session}/candidates/{candidate}/end", Map.of()),
            new Route("POST", "/certif/invigilate/{session}/candidates/{candidate}/incidents", INCIDENT));
    static final List<Route> CANDIDATE_ROUTES = List.of(
            new Route("GET", "/certif/join", Map.of()),
            new Route("POST", "/certif/join", Map.of("code", "ACDEFG")),
            new Route("GET", "/certif/candidate", Map.of()),
            new Route("GET", "/certif/candidate/status", Map.of()));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    private Map<String, String> ids;
    private StudentLauncher.Session student;
    private BrowserSession officer;
    private BrowserSession managerA;
    private BrowserSession managerB;
    private BrowserSession otherInvigilator;
    private BrowserSession invigilatorA;

    @BeforeEach
    void twoMembers() {
        CertificationFixtures.ensureAccount(accounts, encoder, OFFICER, Set.of(ToolRole.CERTIFICATION_OFFICER));
        String run = UUID.randomUUID().toString().substring(0, 8);
        StudentLauncher univA = students.member("univ-refuse-a");
        students.member("univ-refuse-b").launch("someone-b", "cert-b", CERTIFICATION_LINK);
        student = univA.launch("student-a", "cert-a", CERTIFICATION_LINK);
        UUID memberA = CertificationFixtures.memberOf(jdbc, "univ-refuse-a");
        UUID memberB = CertificationFixtures.memberOf(jdbc, "univ-refuse-b");
        officer = signedIn(OFFICER);
        UUID centreA = CertificationFixtures.openCentre(officer, jdbc, memberA, "A " + run);
        UUID centreB = CertificationFixtures.openCentre(officer, jdbc, memberB, "B " + run);
        String nameA = "manager-a-" + run;
        String nameB = "manager-b-" + run;
        CertificationFixtures.ensureAccount(accounts, encoder, nameA, Set.of());
        CertificationFixtures.ensureAccount(accounts, encoder, nameB, Set.of());
        CertificationFixtures.appoint(officer, centreA, nameA);
        CertificationFixtures.appoint(officer, centreB, nameB);
        managerA = signedIn(nameA);
        managerB = signedIn(nameB);
        CertificationFixtures.Scheduled sessionA = CertificationFixtures.schedule(managerA, centreA, 5);
        CertificationFixtures.Scheduled otherA = CertificationFixtures.schedule(managerA, centreA, 5);
        UUID candidate = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO certification_candidate (id, member_id, session_id, platform_subject, holder_name, eligible,
                       status, decision, enrolled_at, updated_at)
                VALUES (:id, :m, :s, :subject, 'Candidate X', true, 'WAITING', 'TO_REVIEW', now(), now())""")
                .param("id", candidate).param("subject", "x-" + run).param("m", memberA).param("s", sessionA.id()).update();
        ids = Map.of("{member}", memberA.toString(), "{centre}", centreA.toString(), "{session}",
                sessionA.id().toString(), "{candidate}", candidate.toString());
        otherInvigilator = invigilating(otherA);
        invigilatorA = invigilating(sessionA);
    }

    @Test
    void anonymousVisitorsAreSentToSignInOrRelaunchAndChangeNothing() {
        BrowserSession anonymous = new BrowserSession(port);
        String csrf = BrowserSession.csrfToken(anonymous.get("/certif/invigilate").body());
        long audit = auditRows();
        for (Route route : concat(STAFF_ROUTES, OFFICER_ROUTES, INVIGILATION_ROUTES, CANDIDATE_ROUTES)) {
            HttpResponse<String> response = browser(anonymous, csrf).apply(route, ids);
            assertThat(response.statusCode()).as(route.toString()).isIn(302, 401, 403);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(route.toString()).endsWith("/login");
            }
        }
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void aStudentReachesOnlyTheCandidatePages() {
        String csrfPage = student.get("/certif/join").body();
        long audit = auditRows();
        for (Route route : concat(STAFF_ROUTES, OFFICER_ROUTES, INVIGILATION_ROUTES)) {
            HttpResponse<String> response = route.method().equals("GET") ? student.get(fill(route.path()))
                    : student.post(fill(route.path()), csrfPage, listed(route.fields()));
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
            assertThat(response.body()).as(route.toString()).contains("CERTIFICATION-FORBIDDEN");
        }
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(student.get("/certif/join").statusCode()).as("allowed").isEqualTo(200);
    }

    @Test
    void anotherMembersCentreManagerIsRefusedEverywhereHere() {
        String csrf = BrowserSession.csrfToken(managerB.get("/certif").body());
        long audit = auditRows();
        for (Route route : concat(STAFF_ROUTES.subList(1, STAFF_ROUTES.size()), OFFICER_ROUTES, INVIGILATION_ROUTES)) {
            HttpResponse<String> response = browser(managerB, csrf).apply(route, ids);
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
        }
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(managerB.get("/certif").body()).as("sees only their own centre").contains("B ")
                .doesNotContain(ids.get("{session}")).doesNotContain(ids.get("{centre}"));
    }

    @Test
    void aCentreManagerIsRefusedTheOfficersRoutesButRunsTheirOwnSessions() {
        String csrf = BrowserSession.csrfToken(managerA.get("/certif").body());
        for (Route route : OFFICER_ROUTES) {
            assertThat(browser(managerA, csrf).apply(route, ids).statusCode()).as(route.toString()).isEqualTo(403);
        }
        assertThat(managerA.get(fill("/certif/sessions/{session}")).statusCode()).as("allowed").isEqualTo(200);
        assertThat(managerA.get(fill("/certif/invigilate/{session}")).statusCode()).as("allowed").isEqualTo(200);
        assertThat(officer.get("/certif/review").statusCode()).as("allowed to the officer").isEqualTo(200);
    }

    @Test
    void anInvigilatorSeesOnlyTheSessionWhosePinTheyGave() {
        String csrf = BrowserSession.csrfToken(otherInvigilator.get("/certif/invigilate").body());
        for (Route route : INVIGILATION_ROUTES) {
            HttpResponse<String> response = browser(otherInvigilator, csrf).apply(route, ids);
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
        }
        for (Route route : concat(STAFF_ROUTES, OFFICER_ROUTES)) {
            HttpResponse<String> response = browser(otherInvigilator, csrf).apply(route, ids);
            assertThat(response.statusCode()).as(route.toString()).isIn(302, 403);
        }
        assertThat(invigilatorA.get(fill("/certif/invigilate/{session}")).statusCode()).as("allowed").isEqualTo(200);
    }

    @Test
    void tenWrongPinsLockPinInvigilationUntilTheCentreGivesANewPinWhichVoidsTheOldOne() {
        BrowserSession guesser = new BrowserSession(port);
        String csrf = BrowserSession.csrfToken(guesser.get("/certif/invigilate").body());
        UUID sessionId = UUID.fromString(ids.get("{session}"));
        String code = jdbc.sql("SELECT access_code FROM certification_session WHERE id = :s")
                .param("s", sessionId).query(String.class).single();
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.postForm("/certif/invigilate", Map.of("_csrf", csrf, "code", code, "pin",
                    String.format("%06d", 999_990 + i))).statusCode()).isIn(403);
        }
        HttpResponse<String> locked = guesser.postForm("/certif/invigilate", Map.of("_csrf", csrf, "code", code,
                "pin", "123456"));
        assertThat(locked.statusCode()).isEqualTo(423);
        assertThat(locked.body()).contains("CERTIFICATION-PIN-LOCKED");
        assertThat(managerA.get(fill("/certif/sessions/{session}")).body()).contains("La surveillance par PIN est bloquée");

        String newPin = CertificationFixtures.renewPin(managerA, sessionId);

        assertThat(invigilatorA.get(fill("/certif/invigilate/{session}")).statusCode())
                .as("a page opened with the old PIN").isEqualTo(403);
        BrowserSession invigilator = new BrowserSession(port);
        String form = BrowserSession.csrfToken(invigilator.get("/certif/invigilate").body());
        HttpResponse<String> opened = invigilator.postForm("/certif/invigilate", Map.of("_csrf", form, "code", code,
                "pin", newPin));
        assertThat(opened.statusCode()).as("the new PIN, lock lifted").isEqualTo(302);
        assertThat(invigilator.follow(opened).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM certification_audit WHERE subject_id = :s AND action = 'session.pin-renewed'")
                .param("s", sessionId).query(Integer.class).single()).isEqualTo(1);
    }

    private BrowserSession invigilating(CertificationFixtures.Scheduled session) {
        BrowserSession browser = new BrowserSession(port);
        String form = browser.get("/certif/invigilate").body();
        assertThat(browser.postForm("/certif/invigilate", Map.of("_csrf", BrowserSession.csrfToken(form), "code",
                session.code(), "pin", session.pin())).statusCode()).isEqualTo(302);
        return browser;
    }

    private BiFunction<Route, Map<String, String>, HttpResponse<String>> browser(BrowserSession browser, String csrf) {
        return (route, values) -> {
            if (route.method().equals("GET")) {
                return browser.get(fill(route.path()));
            }
            Map<String, String> form = new java.util.LinkedHashMap<>();
            route.fields().forEach((k, v) -> form.put(k, fill(v)));
            form.put("_csrf", csrf);
            return browser.postForm(fill(route.path()), form);
        };
    }

    private Map<String, List<String>> listed(Map<String, String> fields) {
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> form.put(k, List.of(fill(v))));
        return form;
    }

    private String fill(String template) {
        String filled = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace(id.getKey(), id.getValue());
        }
        return filled;
    }

    @SafeVarargs
    private static List<Route> concat(List<Route>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private BrowserSession signedIn(String username) {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(username, PASSWORD);
        return browser;
    }

    private long auditRows() {
        return jdbc.sql("SELECT count(*) FROM certification_audit").query(Long.class).single();
    }
}
