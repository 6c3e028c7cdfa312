package fr.plume.tool.certification;

import static fr.plume.tool.certification.CertificationFixtures.CERTIFICATION_LINK;
import static fr.plume.tool.certification.CertificationFixtures.OFFICER;
import static fr.plume.tool.certification.CertificationFixtures.PASSWORD;
import static fr.plume.tool.certification.CertificationFixtures.act;
import static fr.plume.tool.certification.CertificationFixtures.agsEndpoint;
import static fr.plume.tool.certification.CertificationFixtures.answer;
import static fr.plume.tool.certification.CertificationFixtures.joinWithTheCode;
import static fr.plume.tool.certification.CertificationFixtures.openInvigilation;
import static fr.plume.tool.certification.CertificationFixtures.start;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.DeliveryTest;
import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.Multipart;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A certification session over real HTTP after real LTI launches (DESIGN §7, issue 17): the officer
 * opens a centre, its manager schedules a session and enrols a roster, candidates join with the
 * code, the invigilator authorises start and resume, records an incident and ends a test, the
 * centre finalises, the officer publishes, and the grade is queued once.
 */
@CertificationIntegrationTest
class CertificationSessionTest {

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
    @Autowired
    CertificationFixtures.CertifiedEvents certified;

    @RegisterExtension
    final CertificationStage stage = new CertificationStage();
    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @Test
    void staffAndInvigilatorPagesHaveOneBanner() {
        String staffHome = signedIn(OFFICER).get("/certif").body();
        String invigilatorSignIn = new BrowserSession(port).get("/certif/invigilate").body();

        assertThat(staffHome.split("<header", -1)).as("staff home").hasSize(2);
        assertThat(staffHome).contains("Journal d’audit");
        assertThat(invigilatorSignIn.split("<header", -1)).as("invigilator sign-in").hasSize(2);
    }

    @Test
    void aRosterWithErrorsEnrolsNobodyAndSaysWhichRowsAreWrong() {
        StudentLauncher univ = students.member("univ-cert-roster");
        univ.launch("someone", "cert-roster", CERTIFICATION_LINK);
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-cert-roster");
        BrowserSession officer = signedIn(OFFICER);
        UUID centre = CertificationFixtures.openCentre(officer, jdbc, memberId, "Centre roster " + UUID.randomUUID());
        CertificationFixtures.Scheduled session = CertificationFixtures.schedule(officer, centre, 3);

        String csv = "identifiant;nom;tiers_temps;accessible\nu1;Alice Martin;33;oui\n;Sans Identifiant;;\nu1;Doublon;abc;peut-être\n";
        HttpResponse<String> refused = upload(officer, session, "liste.csv", csv);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("aucun candidat n’a été inscrit")
                .contains("Ligne 3, colonne « identifiant » : valeur manquante")
                .contains("Ligne 4, colonne « identifiant » : identifiant en double dans le fichier")
                .contains("Ligne 4, colonne « tiers_temps » : temps majoré invalide")
                .contains("Ligne 4, colonne « accessible » : valeur invalide");
        assertThat(candidates(session.id())).isZero();

        HttpResponse<String> tooMany = upload(officer, session, "liste.csv",
                "identifiant,nom\na,A\nb,B\nc,C\nd,D\n");
        assertThat(tooMany.body()).contains("la session n’a pas assez de places");
        assertThat(candidates(session.id())).isZero();

        HttpResponse<String> enrolled = upload(officer, session, "liste.csv",
                "identifiant,nom,tiers_temps\nsomeone,Alice Martin,33\nnever-launched,Bruno Petit,\n");
        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(enrolled.body()).contains("2 candidats inscrits")
                .contains("Ligne 2, Alice Martin : pas encore éligible. Pas encore de profil")
                .contains("Ligne 3, Bruno Petit : pas encore éligible. Pas encore de profil")
                .contains("Temps majoré de 33 %");
        assertThat(candidates(session.id())).isEqualTo(2);
    }

    @Test
    void aPersonGuessingSessionCodesIsStoppedWhicheverLaunchTheyComeFrom() {
        StudentLauncher univ = students.member("univ-cert-guess");
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-cert-guess");
        StudentLauncher.Session guesser = univ.launch("guesser", "cert-guess", CERTIFICATION_LINK);
        StudentLauncher.Session honest = univ.launch("honest", "cert-guess", CERTIFICATION_LINK);
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "guesser"), 30);
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "honest"), 30);
        BrowserSession officer = signedIn(OFFICER);
        UUID centre = CertificationFixtures.openCentre(officer, jdbc, memberId, "Centre guess " + UUID.randomUUID());
        CertificationFixtures.Scheduled session = CertificationFixtures.schedule(officer, centre, 10);
        // a second launch (another tab, another link) is the same person
        StudentLauncher.Session again = univ.launch("guesser", "cert-guess-other-link", CERTIFICATION_LINK);
        String form = guesser.get("/certif/join").body();
        String againForm = again.get("/certif/join").body();
        clock.advanceToNextWindow(Duration.ofMinutes(15));
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(guesser.post("/certif/join", form, Map.of("code", List.of("ZZZZY" + i))).statusCode())
                        .isEqualTo(404);
                assertThat(again.post("/certif/join", againForm, Map.of("code", List.of("ZZZZZ" + i))).statusCode())
                        .isEqualTo(404);
            }

            HttpResponse<String> stopped = again.post("/certif/join", againForm,
                    Map.of("code", List.of(session.code())));

            assertThat(stopped.statusCode()).as("even the right code, once too many were wrong").isEqualTo(429);
            assertThat(stopped.body()).contains("Trop de codes erronés", "minute");
            assertThat(candidates(session.id())).isZero();
            assertThat(honest.post("/certif/join", honest.get("/certif/join").body(),
                    Map.of("code", List.of(session.code()))).statusCode()).as("others join as usual").isEqualTo(302);
            clock.advance(Duration.ofMinutes(15));
            assertThat(again.post("/certif/join", againForm, Map.of("code", List.of(session.code()))).statusCode())
                    .as("after the quarter of an hour").isEqualTo(302);
            assertThat(candidates(session.id())).isEqualTo(2);
        } finally {
            clock.reset();
        }
    }

    @Test
    void candidatesSitOnlyWhenTheInvigilatorAllowsAndResumeWithAnswersAndTimeKept() {
        StudentLauncher univ = students.member("univ-cert-sit");
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-cert-sit");
        StudentLauncher.Session first = univ.launch("cand-a", "cert-sit", CERTIFICATION_LINK);
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "cand-a"), 30);
        BrowserSession officer = signedIn(OFFICER);
        UUID centre = CertificationFixtures.openCentre(officer, jdbc, memberId, "Centre sit " + UUID.randomUUID());
        String manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        CertificationFixtures.ensureAccount(accounts, encoder, manager, Set.of());
        CertificationFixtures.appoint(officer, centre, manager);
        BrowserSession centreManager = signedIn(manager);
        CertificationFixtures.Scheduled session = CertificationFixtures.schedule(centreManager, centre, 10);
        assertThat(upload(centreManager, session, "liste.csv", "identifiant,nom,tiers_temps\ncand-a,Alice Martin,33\n")
                .statusCode()).isEqualTo(200);

        // Without joining, the certifying test does not start, whatever the launch says.
        String home = first.get("/app").body();
        HttpResponse<String> notAdmitted = first.post("/app/attempts", home, Map.of("mode", List.of("CERTIFICATION")));
        assertThat(notAdmitted.statusCode()).isEqualTo(403);
        assertThat(notAdmitted.body()).contains("CERTIFICATION-NOT-ADMITTED").contains("Autorisation du surveillant");

        // A wrong code is unknown; the right one puts the candidate on the invigilator's list.
        String join = first.get("/certif/join").body();
        assertThat(first.post("/certif/join", join, Map.of("code", List.of("AAAAAA"))).statusCode()).isEqualTo(404);
        assertThat(first.post("/certif/join", join, Map.of("code", List.of(session.code().toLowerCase()))).statusCode())
                .isEqualTo(302);
        assertThat(first.get("/certif/candidate").body()).contains("Le surveillant va autoriser votre épreuve");
        assertThat(first.post("/app/attempts", home, Map.of("mode", List.of("CERTIFICATION"))).statusCode())
                .as("still waiting").isEqualTo(403);

        BrowserSession invigilator = new BrowserSession(port);
        String form = invigilator.get("/certif/invigilate").body();
        assertThat(invigilator.postForm("/certif/invigilate", Map.of("_csrf", BrowserSession.csrfToken(form),
                "code", session.code(), "pin", wrong(session.pin()))).statusCode()).isEqualTo(403);
        HttpResponse<String> opened = invigilator.postForm("/certif/invigilate", Map.of("_csrf",
                BrowserSession.csrfToken(form), "code", session.code(), "pin", session.pin()));
        assertThat(opened.statusCode()).isEqualTo(302);
        String live = invigilator.follow(opened).body();
        assertThat(live).contains("Alice Martin").contains("En attente du surveillant").contains("temps majoré 33 %");
        UUID candidate = candidateId(session.id(), "Alice Martin");
        assertThat(act(invigilator, live, session, candidate, "authorise", Map.of()).statusCode()).isEqualTo(302);

        String allowed = first.get("/certif/candidate/status").body();
        assertThat(allowed).contains("vous pouvez commencer").contains("Commencer l’épreuve");
        UUID attempt = start(first, allowed);
        Instant deadline = jdbc.sql("SELECT deadline FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(Instant.class).single();
        Instant started = jdbc.sql("SELECT started_at FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(Instant.class).single();
        assertThat(Duration.between(started, deadline)).as("90 min + 33 % from the roster").isEqualTo(Duration.ofMinutes(120));
        answer(first, attempt, 3);

        // The tab is closed: a new launch, the code again, the invigilator allows the resumption.
        StudentLauncher.Session second = univ.launch("cand-a", "cert-sit", CERTIFICATION_LINK);
        String home2 = second.get("/app").body();
        assertThat(home2).as("the way to the invigilator").contains("href=\"/certif/join\"");
        HttpResponse<String> direct = second.get("/app/attempts/" + attempt);
        assertThat(direct.statusCode()).as("the attempt's address does not bypass the invigilator").isEqualTo(403);
        assertThat(direct.body()).contains("CERTIFICATION-NOT-ADMITTED").contains("href=\"/certif/join\"")
                .doesNotContain("name=\"token\"");
        assertThat(second.post("/app/attempts/" + attempt + "/answer", home2, Map.of("token", List.of("x")))
                .statusCode()).isEqualTo(403);
        assertThat(second.post("/app/attempts/" + attempt + "/stop", home2, Map.of()).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT status FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(String.class).single()).isEqualTo("IN_PROGRESS");
        assertThat(second.post("/app/attempts", home2, Map.of("mode", List.of("CERTIFICATION"))).statusCode())
                .as("no resumption without the invigilator").isEqualTo(403);
        String join2 = second.get("/certif/join").body();
        assertThat(second.post("/certif/join", join2, Map.of("code", List.of(session.code()))).statusCode()).isEqualTo(302);
        live = invigilator.get("/certif/invigilate/" + session.id() + "/candidates").body();
        assertThat(live).contains("Autoriser la reprise").contains("3 réponse(s)");
        assertThat(act(invigilator, invigilator.get("/certif/invigilate/" + session.id()).body(), session, candidate,
                "authorise", Map.of()).statusCode()).isEqualTo(302);
        String resume = second.get("/certif/candidate").body();
        assertThat(resume).contains("Reprendre l’épreuve");
        assertThat(start(second, resume)).as("the same attempt").isEqualTo(attempt);
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL")
                .param("a", attempt).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT deadline FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(Instant.class).single()).as("the server's deadline is kept").isEqualTo(deadline);

        // An incident, then the centre cannot finalise while she sits; the invigilator ends her test.
        String page = invigilator.get("/certif/invigilate/" + session.id()).body();
        assertThat(act(invigilator, page, session, candidate, "incidents",
                Map.of("kind", "TECHNICAL", "minutesAgo", "5", "note", "Coupure réseau")).statusCode()).isEqualTo(302);
        String sessionPage = centreManager.get("/certif/sessions/" + session.id()).body();
        HttpResponse<String> early = centreManager.postForm("/certif/sessions/" + session.id() + "/finalise",
                Map.of("_csrf", BrowserSession.csrfToken(sessionPage)));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("CERTIFICATION-STILL-SITTING");
        assertThat(act(invigilator, page, session, candidate, "end", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT status FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(String.class).single()).isEqualTo("COMPLETED");
        String again = second.get("/certif/join").body();
        assertThat(second.post("/certif/join", again, Map.of("code", List.of(session.code()))).statusCode())
                .as("an ended candidate does not come back").isEqualTo(409);

        HttpResponse<String> finalised = centreManager.postForm("/certif/sessions/" + session.id() + "/finalise",
                Map.of("_csrf", BrowserSession.csrfToken(sessionPage)));
        assertThat(finalised.statusCode()).isEqualTo(302);
        assertThat(centreManager.follow(finalised).body()).contains("Pas de certificat");
        assertThat(jdbc.sql("SELECT decision_reason FROM certification_candidate WHERE id = :c").param("c", candidate)
                .query(String.class).single()).isEqualTo("TOO_FEW_ANSWERS");
        assertThat(auditActions(candidate)).containsSubsequence("candidate.joined", "candidate.start-authorised",
                "candidate.started", "candidate.asked-resume", "candidate.resume-authorised", "candidate.resumed",
                "incident.recorded", "candidate.test-ended", "candidate.judged");
    }

    @Test
    void theOfficerPublishesAValidResultOnceAndTheCandidateIsCertified() {
        StudentLauncher univ = students.member("univ-cert-pub");
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-cert-pub");
        Map<String, Object> ags = agsEndpoint(univ);
        StudentLauncher.Session candidate = univ.launch("cand-p", "cert-pub", CERTIFICATION_LINK,
                List.of(StudentLauncher.LEARNER), "2", ags).session();
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "cand-p"), 10);
        BrowserSession officer = signedIn(OFFICER);
        UUID centre = CertificationFixtures.openCentre(officer, jdbc, memberId, "Centre pub " + UUID.randomUUID());
        BrowserSession jury = CertificationFixtures.memberJury(port, accounts, encoder, officer, centre,
                "jury-pub-" + UUID.randomUUID());
        CertificationFixtures.Scheduled session = CertificationFixtures.schedule(officer, centre, 5);

        // Enrolled by launch (not on a roster): joins with the code, eligible by the profile.
        UUID candidateId = joinWithTheCode(jdbc, candidate, session);
        BrowserSession invigilator = new BrowserSession(port);
        String live = openInvigilation(invigilator, session);
        act(invigilator, live, session, candidateId, "authorise", Map.of());
        UUID attempt = start(candidate, candidate.get("/certif/candidate").body());
        answer(candidate, attempt, 30);
        clock.advance(Duration.ofMinutes(91));
        assertThat(StudentLauncher.Session.location(candidate.get("/app/attempts/" + attempt))).endsWith("/result");

        String sessionPage = officer.get("/certif/sessions/" + session.id()).body();
        assertThat(officer.postForm("/certif/sessions/" + session.id() + "/finalise",
                Map.of("_csrf", BrowserSession.csrfToken(sessionPage))).statusCode()).isEqualTo(302);
        clock.reset();
        CertificationFixtures.endorseAndClose(jury, session.id(), candidateId);

        String queue = officer.get("/certif/review").body();
        assertThat(queue).contains("Résultats à examiner").contains("Niveau par compétence")
                .contains("30 réponse(s), dont 0 neutralisée(s)").contains("/certif/review/" + memberId + "/" + candidateId);
        assertThat(outbox(attempt)).as("nothing leaves before publication").isZero();

        HttpResponse<String> published = officer.postForm("/certif/review/" + memberId + "/" + candidateId + "/publish",
                Map.of("_csrf", BrowserSession.csrfToken(queue)));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(officer.follow(published).body()).contains("Le résultat est publié");
        HttpResponse<String> twice = officer.postForm("/certif/review/" + memberId + "/" + candidateId + "/publish",
                Map.of("_csrf", BrowserSession.csrfToken(queue)));
        assertThat(officer.follow(twice).body()).contains("déjà publié");

        assertThat(outbox(attempt)).as("the grade is queued exactly once").isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM assessment_certification_result WHERE attempt_id = :a").param("a", attempt)
                .query(String.class).single()).isEqualTo("PUBLISHED");
        assertThat(certified.events).filteredOn(e -> e.candidateId().equals(candidateId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.attemptId()).isEqualTo(attempt);
                    assertThat(e.memberId()).isEqualTo(memberId);
                    assertThat(e.certification()).isEqualTo("certification");
                    assertThat(e.competencies()).isNotEmpty();
                    assertThat(e.domains()).isNotEmpty();
                    assertThat(e.sittingDate()).hasToString("2026-12-05");
                });
        assertThat(auditActions(candidateId)).endsWith("candidate.published");
    }

    @Test
    void neutralisedItemsLeaveTheScoreAndTheOfficersRescoredResultIsWhatIsGraded() {
        StudentLauncher univ = students.member("univ-cert-rescore");
        UUID memberId = CertificationFixtures.memberOf(jdbc, "univ-cert-rescore");
        Map<String, Object> ags = agsEndpoint(univ);
        StudentLauncher.Session candidate = univ.launch("cand-r", "cert-rescore", CERTIFICATION_LINK,
                List.of(StudentLauncher.LEARNER), "2", ags).session();
        CertificationFixtures.giveProfile(jdbc, memberId, CertificationFixtures.userOf(jdbc, univ, "cand-r"), 10);
        BrowserSession officer = signedIn(OFFICER);
        UUID centre = CertificationFixtures.openCentre(officer, jdbc, memberId, "Centre rescore " + UUID.randomUUID());
        BrowserSession jury = CertificationFixtures.memberJury(port, accounts, encoder, officer, centre,
                "jury-rescore-" + UUID.randomUUID());
        CertificationFixtures.Scheduled session = CertificationFixtures.schedule(officer, centre, 5);
        UUID candidateId = joinWithTheCode(jdbc, candidate, session);
        BrowserSession invigilator = new BrowserSession(port);
        String live = openInvigilation(invigilator, session);
        act(invigilator, live, session, candidateId, "authorise", Map.of());
        UUID attempt = start(candidate, candidate.get("/certif/candidate").body());
        answer(candidate, attempt, 1);
        // A technical incident over the last minute: the first answer is neutralised, the test goes on.
        assertThat(act(invigilator, invigilator.get("/certif/invigilate/" + session.id()).body(), session, candidateId,
                "incidents", Map.of("kind", "TECHNICAL", "minutesAgo", "1", "note", "")).statusCode()).isEqualTo(302);
        clock.advance(Duration.ofMinutes(10));
        int answered = 1 + answerUntilTheTestEnds(candidate, attempt);
        clock.advance(Duration.ofMinutes(91));
        String sessionPage = officer.get("/certif/sessions/" + session.id()).body();
        assertThat(officer.postForm("/certif/sessions/" + session.id() + "/finalise",
                Map.of("_csrf", BrowserSession.csrfToken(sessionPage))).statusCode()).isEqualTo(302);
        clock.reset();
        CertificationFixtures.endorseAndClose(jury, session.id(), candidateId);

        Integer recomputed = jdbc.sql("SELECT rescored_score FROM certification_candidate WHERE id = :c")
                .param("c", candidateId).query(Integer.class).single();
        assertThat(recomputed).as("the jury recomputed without the neutralised answer").isNotNull();
        String queue = officer.get("/certif/review").body();
        assertThat(queue).contains(answered + " réponse(s), dont 1 neutralisée(s)")
                .contains("Recalculé sans les items neutralisés");

        HttpResponse<String> noReason = officer.postForm("/certif/review/" + memberId + "/" + candidateId + "/level",
                Map.of("_csrf", BrowserSession.csrfToken(queue), "level", "6", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("CERTIFICATION-REASON-REQUIRED");
        assertThat(officer.postForm("/certif/review/" + memberId + "/" + candidateId + "/level",
                Map.of("_csrf", BrowserSession.csrfToken(queue), "level", "6", "reason", "Barème corrigé par le jury"))
                .statusCode()).isEqualTo(302);
        assertThat(officer.postForm("/certif/review/" + memberId + "/" + candidateId + "/publish",
                Map.of("_csrf", BrowserSession.csrfToken(queue))).statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("SELECT score_given FROM lti_grade_outbox WHERE attempt_id = :a").param("a", attempt)
                .query(Double.class).single()).as("the gradebook gets the rescored score").isEqualTo(recomputed.doubleValue());
        assertThat(jdbc.sql("SELECT published_score FROM assessment_certification_result WHERE attempt_id = :a")
                .param("a", attempt).query(Integer.class).single()).isEqualTo(recomputed);
        assertThat(certified.events).filteredOn(e -> e.candidateId().equals(candidateId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.score()).isEqualTo(recomputed);
                    assertThat(e.level()).isEqualTo(6);
                });
        assertThat(auditActions(candidateId)).containsSubsequence("incident.recorded", "candidate.judged",
                "candidate.rescored", "candidate.rescored", "candidate.published");
    }

    private BrowserSession signedIn(String username) {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(username, PASSWORD);
        return browser;
    }

    private HttpResponse<String> upload(BrowserSession staff, CertificationFixtures.Scheduled session, String name,
            String content) {
        String page = staff.get("/certif/sessions/" + session.id()).body();
        return staff.postMultipart("/certif/sessions/" + session.id() + "/roster", new Multipart()
                .field("_csrf", BrowserSession.csrfToken(page)).file("file", name, content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Answers until the adaptive test stops; returns how many answers were given. */
    private static int answerUntilTheTestEnds(StudentLauncher.Session candidate, UUID attempt) {
        for (int given = 0; given < 60; given++) {
            HttpResponse<String> page = candidate.get("/app/attempts/" + attempt);
            if (page.statusCode() == 302) {
                return given;
            }
            assertThat(candidate.post("/app/attempts/" + attempt + "/answer", page.body(),
                    DeliveryTest.answerFor(page.body(), StudentLauncher.Session.token(page.body()))).statusCode())
                    .isEqualTo(302);
        }
        throw new AssertionError("the test did not stop after 60 answers");
    }

    private static String wrong(String pin) {
        return pin.equals("000000") ? "111111" : "000000";
    }

    private long candidates(UUID session) {
        return jdbc.sql("SELECT count(*) FROM certification_candidate WHERE session_id = :s").param("s", session)
                .query(Long.class).single();
    }

    private UUID candidateId(UUID session, String name) {
        return jdbc.sql("SELECT id FROM certification_candidate WHERE session_id = :s AND holder_name = :n")
                .param("s", session).param("n", name).query(UUID.class).single();
    }

    private long outbox(UUID attempt) {
        return jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE attempt_id = :a").param("a", attempt)
                .query(Long.class).single();
    }

    private List<String> auditActions(UUID subject) {
        return jdbc.sql("SELECT action FROM certification_audit WHERE subject_id = :s ORDER BY seq").param("s", subject)
                .query(String.class).list();
    }
}
