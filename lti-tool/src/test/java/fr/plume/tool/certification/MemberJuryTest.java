package fr.plume.tool.certification;

import static fr.plume.tool.certification.CertificationFixtures.CERTIFICATION_LINK;
import static fr.plume.tool.certification.CertificationFixtures.OFFICER;
import static fr.plume.tool.certification.CertificationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.MovableClock;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Member university juries over real HTTP (issue 17, as in the DAEU consortium): a centre's managers
 * see only their own candidates' results, endorse or defer each one and close their jury; another
 * member's manager is refused everything; the national officer sees the decision and cannot publish
 * before the member's closed jury endorsed the candidate.
 */
@CertificationIntegrationTest
class MemberJuryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MovableClock clock;

    @RegisterExtension
    final CertificationStage stage = new CertificationStage();
    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @Test
    void onlyTheCandidatesMemberJuryDecidesAndTheOfficerPublishesWhatItEndorsed() {
        StudentLauncher univ = students.member("univ-jury-a");
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-jury-a");
        students.member("univ-jury-b");
        UUID otherMemberId = CertificationFixtures.memberOf(jdbc, "univ-jury-b");
        StudentLauncher.Session candidate = univ.launch("cand-j", "cert-jury", CERTIFICATION_LINK,
                List.of(StudentLauncher.LEARNER), "2", CertificationFixtures.agsEndpoint(univ)).session();
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "cand-j"), 10);
        BrowserSession officer = new BrowserSession(port);
        officer.signIn(OFFICER, PASSWORD);
        UUID centre = CertificationFixtures.openCentre(officer, jdbc, memberId, "Centre jury " + UUID.randomUUID());
        UUID otherCentre = CertificationFixtures.openCentre(officer, jdbc, otherMemberId, "Centre B " + UUID.randomUUID());
        BrowserSession jury = CertificationFixtures.memberJury(port, accounts, encoder, officer, centre,
                "jury-a-" + UUID.randomUUID());
        BrowserSession otherJury = CertificationFixtures.memberJury(port, accounts, encoder, officer, otherCentre,
                "jury-b-" + UUID.randomUUID());
        CertificationFixtures.Scheduled session = CertificationFixtures.schedule(officer, centre, 5);
        UUID candidateId = CertificationFixtures.sitUntilTimeIsUp(port, jdbc, clock, candidate, session).candidateId();
        String jurySessionPage = jury.get("/certif/sessions/" + session.id()).body();
        String juryPath = "/certif/sessions/" + session.id() + "/jury";
        assertThat(jury.postForm(juryPath + "/close", Map.of("_csrf", BrowserSession.csrfToken(jurySessionPage)))
                .statusCode()).as("no jury before the session is closed").isEqualTo(409);
        assertThat(jury.postForm("/certif/sessions/" + session.id() + "/finalise",
                Map.of("_csrf", BrowserSession.csrfToken(jurySessionPage))).statusCode()).isEqualTo(302);
        clock.reset();

        // Another member's jury: refused everything on this session, and never shown its candidates.
        String otherHome = otherJury.get("/certif").body();
        assertThat(otherJury.get(juryPath).statusCode()).isEqualTo(403);
        assertThat(otherJury.postForm(juryPath + "/candidates/" + candidateId, Map.of("_csrf",
                BrowserSession.csrfToken(otherHome), "verdict", "ENDORSED")).statusCode()).isEqualTo(403);
        assertThat(otherJury.postForm(juryPath + "/close", Map.of("_csrf", BrowserSession.csrfToken(otherHome)))
                .statusCode()).isEqualTo(403);
        assertThat(otherHome).doesNotContain(session.id().toString());

        // The officer reads the member's jury but does not sit on it, and may not publish yet.
        String queue = officer.get("/certif/review").body();
        assertThat(queue).contains("data-held=\"CERTIFICATION-MEMBER-JURY-PENDING\"").contains("pas encore décidé");
        HttpResponse<String> early = officer.postForm("/certif/review/" + memberId + "/" + candidateId + "/publish",
                Map.of("_csrf", BrowserSession.csrfToken(queue)));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("CERTIFICATION-MEMBER-JURY-PENDING");
        String officerJury = officer.get(juryPath).body();
        assertThat(officerJury).contains("Jury de l’établissement").doesNotContain("Clore le jury</button>");
        assertThat(officer.postForm(juryPath + "/candidates/" + candidateId, Map.of("_csrf",
                BrowserSession.csrfToken(queue), "verdict", "ENDORSED")).statusCode()).isEqualTo(403);

        // The member's jury: its candidate's result, a reason to defer, then endorse and close.
        String page = jury.get(juryPath).body();
        assertThat(page).contains("<h1").contains("data-candidate=\"" + candidateId + "\"").contains("Valider");
        HttpResponse<String> noReason = jury.postForm(juryPath + "/candidates/" + candidateId, Map.of("_csrf",
                BrowserSession.csrfToken(page), "verdict", "DEFERRED", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("CERTIFICATION-REASON-REQUIRED");
        HttpResponse<String> deferred = jury.postForm(juryPath + "/candidates/" + candidateId, Map.of("_csrf",
                BrowserSession.csrfToken(page), "verdict", "DEFERRED", "reason", "Pièce d’identité à revoir"));
        assertThat(jury.follow(deferred).body()).contains("Le candidat est ajourné");
        assertThat(officer.get("/certif/review").body()).contains("ajourné — Pièce d’identité à revoir (jury encore ouvert)");
        HttpResponse<String> endorsed = jury.postForm(juryPath + "/candidates/" + candidateId, Map.of("_csrf",
                BrowserSession.csrfToken(page), "verdict", "ENDORSED"));
        assertThat(jury.follow(endorsed).body()).contains("validé par le jury").contains("Clore le jury</button>");
        HttpResponse<String> closed = jury.postForm(juryPath + "/close", Map.of("_csrf", BrowserSession.csrfToken(page)));
        assertThat(jury.follow(closed).body()).contains("Le jury est clos").contains("clos le ");
        assertThat(jury.postForm(juryPath + "/candidates/" + candidateId, Map.of("_csrf", BrowserSession.csrfToken(page),
                "verdict", "DEFERRED", "reason", "Trop tard")).statusCode()).isEqualTo(409);

        String review = officer.get("/certif/review").body();
        assertThat(review).contains("validé").doesNotContain("data-held=\"CERTIFICATION-MEMBER-JURY");
        assertThat(officer.postForm("/certif/review/" + memberId + "/" + candidateId + "/publish",
                Map.of("_csrf", BrowserSession.csrfToken(review))).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT action FROM certification_audit WHERE subject_id = :s ORDER BY seq")
                .param("s", candidateId).query(String.class).list()).containsSubsequence("candidate.judged",
                "member-jury.deferred", "member-jury.endorsed", "candidate.published");
        assertThat(jdbc.sql("SELECT details FROM certification_audit WHERE subject_id = :s AND action = 'member-jury.closed'")
                .param("s", session.id()).query(String.class).single()).isEqualTo("endorsed=1 deferred=0");
        assertThat(jdbc.sql("SELECT details FROM certification_audit WHERE action = 'member-jury.deferred'"
                + " AND subject_id = :s").param("s", candidateId).query(String.class).single())
                .as("the reason stays off the log").doesNotContain("identité");
    }
}
