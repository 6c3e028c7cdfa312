package fr.plume.tool.assessment;

import fr.plume.framework.content.Presentation;
import fr.plume.framework.content.Response;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.itembank.api.AnswerForm;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import fr.plume.tool.shared.web.DateDisplay;
import fr.plume.tool.support.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import fr.plume.tool.assessment.api.AttemptCompleted;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.RunningClockConfiguration;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Delivery over real HTTP after real LTI launches, on the test PostgreSQL. */
@PlumeIntegrationTest
@Import({RunningClockConfiguration.class, CompletedAttempts.Config.class})
public class DeliveryTest {

    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");
    private static final Pattern NAMED = Pattern.compile("<(select|input|textarea)[^>]*name=\"((?:gap|position|match)-\\d+)\"");

    @Autowired
    ImportItems importItems;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    CompletedAttempts completed;
    @Autowired
    DateDisplay dates;
    @Autowired
    Members members;

    @RegisterExtension
    final StudentLaunchers students = new StudentLaunchers();

    @BeforeEach
    void bank() throws Exception {
        importItems.importMatching("classpath*:samples/items/*.json");
        clock.reset();
    }

    @AfterEach
    void close() {
        clock.reset();
    }

    @Test
    void eachAnswerIsSavedBeforeTheNextItemAndTheStudentResumesInANewSession() {
        StudentLauncher univ = students.member("univ-resume");
        StudentLauncher.Session first = univ.launch("student-1", "link-diag", Map.of("plume_kind", "DIAGNOSTIC"));
        UUID attempt = start(first, "DIAGNOSTIC", null);

        String page1 = first.get("/app/attempts/" + attempt).body();
        String token1 = StudentLauncher.Session.token(page1);
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        HttpResponse<String> answered = first.post("/app/attempts/" + attempt + "/answer", page1, answerFor(page1, token1));
        Instant after = clock.instant();
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(StudentLauncher.Session.location(answered)).endsWith("/app/attempts/" + attempt);

        // saved before the next item is even chosen, scored as the item's scorer scores that answer
        Map<String, Object> row = jdbc.sql("SELECT i.answered_at, i.response::text AS response, i.correct, i.item_id, a.seed"
                + " FROM assessment_attempt_item i JOIN assessment_attempt a ON a.id = i.attempt_id"
                + " WHERE i.attempt_id = :a AND i.position = 1").param("a", attempt).query().singleRow();
        assertThat(((Timestamp) row.get("answered_at")).toInstant()).isBetween(before, after);
        Presentation presentation = Presentation.of(catalog.item((UUID) row.get("item_id")).orElseThrow(),
                (Long) row.get("seed"));
        Response given = ((AnswerForm.Captured) AnswerForm.read(presentation.view(), answerFor(page1, token1)))
                .response();
        assertThat((String) row.get("response")).contains("\"type\": \"" + given.type().name() + "\"");
        assertThat(row.get("correct")).isEqualTo(presentation.score(given).correct());
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a", attempt)).isEqualTo(1);

        String page2 = first.get("/app/attempts/" + attempt).body();
        String token2 = StudentLauncher.Session.token(page2);
        assertThat(token2).isNotEqualTo(token1);

        // the browser is closed; a new launch (new session) resumes on the same item
        StudentLauncher.Session second = univ.launch("student-1", "link-diag", Map.of("plume_kind", "DIAGNOSTIC"));
        String home = second.get("/app").body();
        assertThat(home).contains("/app/attempts/" + attempt);
        String resumed = second.get("/app/attempts/" + attempt).body();
        assertThat(StudentLauncher.Session.token(resumed)).isEqualTo(token2);

        // an old page (an answered item's token) changes nothing and leads back to the current question
        HttpResponse<String> replay = second.post("/app/attempts/" + attempt + "/answer", resumed, answerFor(page1, token1));
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(StudentLauncher.Session.location(replay)).endsWith("/app/attempts/" + attempt);
        assertThat(StudentLauncher.Session.token(second.get("/app/attempts/" + attempt).body())).isEqualTo(token2);
        // a token never issued is refused
        HttpResponse<String> forged = second.post("/app/attempts/" + attempt + "/answer", resumed, answerFor(resumed, "forged"));
        assertThat(forged.statusCode()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isEqualTo(1);

        // the current one is saved once; sent again, it changes nothing
        Map<String, List<String>> answer2 = answerFor(resumed, token2);
        assertThat(second.post("/app/attempts/" + attempt + "/answer", resumed, answer2).statusCode()).isEqualTo(302);
        assertThat(second.post("/app/attempts/" + attempt + "/answer", resumed, answer2).statusCode()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isEqualTo(2);
    }

    /**
     * A double click on a weak connection sends the same answer twice: it is recorded once, and the
     * second response takes the student back to the current question with a short notice (in the
     * frame: a relative redirect), never to an error page.
     */
    @Test
    void aDoubleClickedAnswerIsRecordedOnceAndTheStudentIsBackOnTheCurrentQuestionWithANotice() throws Exception {
        StudentLauncher.Session session = students.member("univ-double").launch("student-dc", "link-dc", Map.of());
        UUID attempt = start(session, "DIAGNOSTIC", null);
        String page = session.get("/app/attempts/" + attempt).body();
        Map<String, List<String>> answer = answerFor(page, StudentLauncher.Session.token(page));

        // both clicks at once: the attempt's row lock orders them
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> session.post("/app/attempts/" + attempt + "/answer", page, answer));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                () -> session.post("/app/attempts/" + attempt + "/answer", page, answer));
        for (HttpResponse<String> response : List.of(first.get(), second.get())) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(StudentLauncher.Session.location(response)).endsWith("/app/attempts/" + attempt);
        }
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isEqualTo(1);

        // the current question, with the notice once
        HttpResponse<String> current = session.get("/app/attempts/" + attempt);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.body()).contains("Question 2 sur").contains("role=\"status\"")
                .contains("Cette réponse était déjà enregistrée.");
        assertThat(session.get("/app/attempts/" + attempt).body()).doesNotContain("déjà enregistrée");

        // one more click on the same (old) page, in English
        HttpResponse<String> again = session.post("/app/attempts/" + attempt + "/answer?lang=en", page, answer);
        assertThat(StudentLauncher.Session.location(again)).endsWith("/app/attempts/" + attempt);
        assertThat(session.get("/app/attempts/" + attempt + "?lang=en").body())
                .contains("This answer was already recorded.").contains("<html lang=\"en\"");
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isEqualTo(1);
    }

    @Test
    void aDoubleClickInPracticeLeadsBackToTheFeedbackOfThatAnswer() {
        StudentLauncher.Session session = students.member("univ-double-p").launch("student-dcp", "link-dcp", Map.of());
        String competency = catalog.published().get(0).item().competency();
        UUID attempt = start(session, "FORMATIVE", competency);
        String page = session.get("/app/attempts/" + attempt).body();
        Map<String, List<String>> answer = answerFor(page, StudentLauncher.Session.token(page));

        assertThat(StudentLauncher.Session.location(session.post("/app/attempts/" + attempt + "/answer", page, answer)))
                .endsWith("/app/attempts/" + attempt + "/feedback/1");
        HttpResponse<String> again = session.post("/app/attempts/" + attempt + "/answer", page, answer);

        assertThat(StudentLauncher.Session.location(again)).endsWith("/app/attempts/" + attempt + "/feedback/1");
        assertThat(session.get("/app/attempts/" + attempt + "/feedback/1").body()).contains("La règle")
                .contains("Cette réponse était déjà enregistrée.");
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isEqualTo(1);
    }

    @Test
    void aDiagnosticRunsToItsEndAndPublishesTheScoreInTheCompletingTransaction() {
        StudentLauncher.Session session = students.member("univ-diag").launch("student-d", "link-d", Map.of());
        UUID attempt = start(session, "DIAGNOSTIC", null);
        int answered = answerUntilFinished(session, attempt, 40);
        // Unscored pretest items (up to 2, when another test left items in pretest) come on top of the 15–30.
        long pretest = count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND pretest", attempt);

        assertThat(answered - pretest).isBetween(15L, 30L);
        assertThat(pretest).isLessThanOrEqualTo(2L);
        String result = session.get("/app/attempts/" + attempt + "/result").body();
        assertThat(result).contains("Résultat du diagnostic").contains("Votre profil : niveau par domaine").contains("Niveau").containsAnyOf("fiable : vos réponses", "à confirmer", "indicatif :")
                .contains("Entraînements recommandés");
        assertThat(jdbc.sql("SELECT valid FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(Boolean.class).single()).isTrue();
        openResourcesAreRecommendedForTheWeakestCompetency(session, attempt);
        AttemptCompleted event = completed.events.stream().filter(e -> e.attemptId().equals(attempt)).findFirst().orElseThrow();
        assertThat(event.mode()).isEqualTo("DIAGNOSTIC");
        assertThat(event.scoreMaximum()).isEqualTo(1000.0);
        assertThat(event.scoreGiven()).isBetween(0.0, 1000.0);
        assertThat(count("SELECT count(*) FROM assessment_mastery m JOIN assessment_attempt a ON a.user_id = m.user_id"
                + " AND a.member_id = m.member_id WHERE a.id = :a", attempt)).isGreaterThan(0);
    }

    @Test
    void practiceGivesFeedbackWithTheRuleAndUpdatesMasteryAfterEachAnswer() {
        StudentLauncher.Session session = students.member("univ-practice").launch("student-p", "link-p", Map.of());
        String competency = catalog.published().get(0).item().competency();
        UUID attempt = start(session, "FORMATIVE", competency);
        String page = session.get("/app/attempts/" + attempt).body();
        HttpResponse<String> answered = session.post("/app/attempts/" + attempt + "/answer", page,
                answerFor(page, StudentLauncher.Session.token(page)));
        assertThat(StudentLauncher.Session.location(answered)).endsWith("/app/attempts/" + attempt + "/feedback/1");
        String feedback = session.get("/app/attempts/" + attempt + "/feedback/1").body();
        assertThat(feedback).contains("La règle").containsAnyOf("Bonne réponse.", "Réponse incorrecte.")
                .contains("Votre maîtrise de la compétence");
        assertThat(count("SELECT count(*) FROM assessment_mastery m JOIN assessment_attempt a ON a.user_id = m.user_id"
                + " AND a.member_id = m.member_id WHERE a.id = :a", attempt)).isEqualTo(1);

        HttpResponse<String> stopped = session.post("/app/attempts/" + attempt + "/stop", feedback, Map.of());
        assertThat(StudentLauncher.Session.location(stopped)).endsWith("/result");
        assertThat(session.get("/app/attempts/" + attempt + "/result").body()).contains("Bilan de l’entraînement");
        assertThat(completed.events).anyMatch(e -> e.attemptId().equals(attempt) && e.mode().equals("FORMATIVE"));
    }

    /** A university of French Guiana shows its students their times in Cayenne time, not Paris time. */
    @Test
    void theHomePageShowsFinishedActivitiesInTheTimeZoneOfTheStudentsMember() {
        StudentLauncher guyane = students.member("univ-guyane");
        members.changeTimeZone(members.findByCode("univ-guyane").orElseThrow().id(), ZoneId.of("America/Cayenne"));
        StudentLauncher.Session session = guyane.launch("student-gf", "link-gf", Map.of());
        UUID attempt = start(session, "FORMATIVE", catalog.published().get(0).item().competency());
        String page = session.get("/app/attempts/" + attempt).body();
        assertThat(session.post("/app/attempts/" + attempt + "/stop", page, Map.of()).statusCode()).isEqualTo(302);
        Instant completedAt = jdbc.sql("SELECT completed_at FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(Timestamp.class).single().toInstant();

        String home = session.get("/app").body();

        assertThat(home).contains("Entraînement — " + dates.format(completedAt, Locale.FRENCH, ZoneId.of("America/Cayenne")))
                .doesNotContain(dates.format(completedAt, Locale.FRENCH, ZoneId.of("Europe/Paris")));
    }

    @Test
    void certifyingPagesCarryNoKeyAndTheDeadlineWithExtraTimeIsEnforcedByTheServer() {
        StudentLauncher.Session session = students.member("univ-cert").launch("candidate-1", "link-cert",
                Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification", "plume_extra_time_percent", "33"));
        assertThat(session.get("/app").body()).as("announced: 90 min + 33 %, rounded up to the minute")
                .contains("Durée : 120 minutes");
        UUID attempt = start(session, "CERTIFICATION", null);
        assertThat(start(session, "CERTIFICATION", null)).as("the unfinished attempt is resumed").isEqualTo(attempt);
        Map<String, Object> times = jdbc.sql("SELECT started_at, deadline FROM assessment_attempt WHERE id = :a")
                .param("a", attempt).query().singleRow();
        Duration limit = Duration.between(((Timestamp) times.get("started_at")).toInstant(),
                ((Timestamp) times.get("deadline")).toInstant());
        assertThat(limit).as("the announced duration").isEqualTo(Duration.ofMinutes(120));

        String page = session.get("/app/attempts/" + attempt).body();
        UUID itemId = jdbc.sql("SELECT item_id FROM assessment_attempt_item WHERE attempt_id = :a AND position = 1")
                .param("a", attempt).query(UUID.class).single();
        Item item = catalog.item(itemId).orElseThrow();
        assertThat(page).doesNotContain(item.explanation().fr()).doesNotContain(item.feedback().fr())
                // A key marker in the markup, not the word: item texts may well say « correct ».
                .doesNotContainPattern("data-[\\w-]*correct|class=\"[^\"]*correct")
                .doesNotContain("checked").doesNotContain("selected=\"selected\"")
                .contains("Temps restant : 120 min")
                // 32 to 50 items, stopping once the level is decided (issue 15)
                .contains("Question 1 sur 50 au plus<");

        // still in time thanks to the extra time
        clock.advance(Duration.ofMinutes(100));
        String token = StudentLauncher.Session.token(page);
        HttpResponse<String> inTime = session.post("/app/attempts/" + attempt + "/answer", page, answerFor(page, token));
        assertThat(StudentLauncher.Session.location(inTime)).endsWith("/app/attempts/" + attempt);
        String next = session.get("/app/attempts/" + attempt).body();
        assertThat(next).doesNotContain("La règle");

        // after the deadline nothing more is saved and the attempt ends with what it had
        clock.advance(Duration.ofMinutes(20));
        HttpResponse<String> late = session.post("/app/attempts/" + attempt + "/answer", next,
                answerFor(next, StudentLauncher.Session.token(next)));
        assertThat(StudentLauncher.Session.location(late)).endsWith("/result");
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status || '/' || end_reason FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(String.class).single()).isEqualTo("COMPLETED/TIME_UP");
        String result = session.get("/app/attempts/" + attempt + "/result").body();
        assertThat(result).contains("Le temps est écoulé").contains("Épreuve non valide")
                .contains("L’épreuve s’est terminée avec 1 réponses enregistrées ; il en faut au moins 30");
        assertThat(jdbc.sql("SELECT valid || '/' || invalid_reason FROM assessment_attempt WHERE id = :a").param("a", attempt)
                .query(String.class).single()).isEqualTo("false/TOO_FEW_ANSWERS");
        // an invalid result sends no score: no event, nothing in the grade outbox
        assertThat(completed.events).noneMatch(e -> e.attemptId().equals(attempt));
        assertThat(count("SELECT count(*) FROM lti_grade_outbox WHERE attempt_id = :a", attempt)).isZero();
    }

    @Test
    void aCertifyingAttemptWithThirtyAnswersWhenTimeIsUpIsValidAndItsResultAwaitsPublication() {
        StudentLauncher.Session session = students.member("univ-cert-valid").launch("candidate-v", "link-cert-v",
                Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification"));
        UUID attempt = start(session, "CERTIFICATION", null);
        for (int i = 0; i < 30; i++) {
            String page = session.get("/app/attempts/" + attempt).body();
            assertThat(session.post("/app/attempts/" + attempt + "/answer", page,
                    answerFor(page, StudentLauncher.Session.token(page))).statusCode()).isEqualTo(302);
        }
        clock.advance(Duration.ofMinutes(91));
        HttpResponse<String> late = session.get("/app/attempts/" + attempt);
        assertThat(StudentLauncher.Session.location(late)).endsWith("/result");
        assertThat(jdbc.sql("SELECT valid::text || '/' || coalesce(invalid_reason, '-') || '/' || end_reason"
                + " FROM assessment_attempt WHERE id = :a").param("a", attempt).query(String.class).single())
                .isEqualTo("true/-/TIME_UP");
        String result = session.get("/app/attempts/" + attempt + "/result").body();
        assertThat(result).doesNotContain("Épreuve non valide").contains("Vos 30 réponses sont enregistrées");
        AttemptCompleted event = completed.events.stream().filter(e -> e.attemptId().equals(attempt)).findFirst()
                .orElseThrow();
        assertThat(event.mode()).isEqualTo("CERTIFICATION");
        assertThat(event.scoreGiven()).isBetween(0.0, event.scoreMaximum());
        assertThat(jdbc.sql("SELECT status FROM assessment_certification_result WHERE attempt_id = :a")
                .param("a", attempt).query(String.class).single()).isEqualTo("AWAITING_PUBLICATION");
        assertThat(count("SELECT count(*) FROM lti_grade_outbox WHERE attempt_id = :a", attempt)).isZero();
    }

    /**
     * Issue 17: a mock certification sits like the certification (time limit, no correction), as
     * often as wished, from the practice pool only; its result shows the likely level with its
     * margin and what to work on, with a practice grade at once and nothing held for publication.
     */
    @Test
    void aMockCertificationIsTimedLikeTheCertificationGivesALikelyLevelAtOnceAndCanBeTakenAgain() {
        StudentLauncher.Session session = students.member("univ-mock").launch("student-m", "link-mock",
                Map.of("plume_kind", "MOCK_CERTIFICATION", "plume_activity", "mock-certification"));
        String home = session.get("/app").body();
        assertThat(home).contains("Examen blanc").contains("90 minutes").contains("value=\"MOCK_CERTIFICATION\"");
        UUID attempt = start(session, "MOCK_CERTIFICATION", null);
        String page = session.get("/app/attempts/" + attempt).body();
        assertThat(page).contains("Temps restant : 90 min").contains("Question 1 sur 50 au plus<");
        for (int i = 0; i < 32; i++) {
            String current = session.get("/app/attempts/" + attempt).body();
            HttpResponse<String> answered = session.post("/app/attempts/" + attempt + "/answer", current,
                    answerFor(current, StudentLauncher.Session.token(current)));
            assertThat(StudentLauncher.Session.location(answered)).as("no feedback page")
                    .doesNotContain("/feedback/");
        }
        clock.advance(Duration.ofMinutes(91));
        assertThat(StudentLauncher.Session.location(session.get("/app/attempts/" + attempt))).endsWith("/result");

        String result = session.get("/app/attempts/" + attempt + "/result").body();
        assertThat(result).contains("Résultat de l’examen blanc").containsPattern("Niveau probable : \\d sur 6 \\(score \\d+ ± \\d+ sur")
                .contains("ce résultat n’est pas un certificat").contains("Entraînements recommandés")
                .doesNotContain("délibération du jury");
        List<String> families = jdbc.sql("SELECT i.item_id::text FROM assessment_attempt_item i WHERE i.attempt_id = :a")
                .param("a", attempt).query(String.class).list().stream()
                .map(id -> catalog.item(UUID.fromString(id)).orElseThrow().family()).toList();
        assertThat(families).hasSizeGreaterThanOrEqualTo(32)
                .allMatch(family -> fr.plume.tool.assessment.domain.BankPool.of(family)
                        == fr.plume.tool.assessment.domain.BankPool.PRACTICE);
        assertThat(count("SELECT count(*) FROM assessment_certification_result WHERE attempt_id = :a", attempt)).isZero();
        // the practice grade leaves at once (no publication hold)
        assertThat(completed.events).filteredOn(e -> e.attemptId().equals(attempt)).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo("MOCK_CERTIFICATION"));

        UUID again = start(session, "MOCK_CERTIFICATION", null);
        assertThat(again).as("another mock, as often as wished").isNotEqualTo(attempt);
    }

    @Test
    void attemptsAreInvisibleToOtherStudentsAndOtherMembers() {
        StudentLauncher univ = students.member("univ-owner");
        StudentLauncher.Session owner = univ.launch("owner", "link-o", Map.of());
        UUID attempt = start(owner, "DIAGNOSTIC", null);
        String page = owner.get("/app/attempts/" + attempt).body();
        String token = StudentLauncher.Session.token(page);

        StudentLauncher.Session classmate = univ.launch("classmate", "link-o", Map.of());
        StudentLauncher.Session stranger = students.member("univ-other").launch("owner", "link-o", Map.of());
        for (StudentLauncher.Session other : List.of(classmate, stranger)) {
            String home = other.get("/app").body();
            assertThat(home).doesNotContain(attempt.toString());
            assertThat(other.get("/app/attempts/" + attempt).statusCode()).isEqualTo(404);
            assertThat(other.get("/app/attempts/" + attempt + "/result").statusCode()).isEqualTo(404);
            assertThat(other.post("/app/attempts/" + attempt + "/answer", home, answerFor(page, token)).statusCode())
                    .isEqualTo(404);
        }
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isZero();
    }

    @Test
    void anIncompleteAnswerIsAskedAgainWithoutSavingAnything() {
        StudentLauncher.Session session = students.member("univ-empty").launch("student-e", "link-e", Map.of());
        UUID attempt = start(session, "DIAGNOSTIC", null);
        String page = session.get("/app/attempts/" + attempt).body();
        HttpResponse<String> empty = session.post("/app/attempts/" + attempt + "/answer", page,
                Map.of("token", List.of(StudentLauncher.Session.token(page))));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("role=\"alert\"");
        assertThat(count("SELECT count(*) FROM assessment_attempt_item WHERE attempt_id = :a AND answered_at IS NOT NULL",
                attempt)).isZero();
    }

    private UUID start(StudentLauncher.Session session, String mode, String competency) {
        String home = session.get("/app").body();
        assertThat(home).contains("<main").contains("<h1");
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("mode", List.of(mode));
        if (competency != null) {
            form.put("competency", List.of(competency));
        }
        HttpResponse<String> started = session.post("/app/attempts", home, form);
        assertThat(started.statusCode()).isEqualTo(302);
        Matcher m = ATTEMPT.matcher(StudentLauncher.Session.location(started));
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private int answerUntilFinished(StudentLauncher.Session session, UUID attempt, int limit) {
        for (int i = 0; i < limit; i++) {
            HttpResponse<String> page = session.get("/app/attempts/" + attempt);
            if (page.statusCode() == 302) {
                assertThat(StudentLauncher.Session.location(page)).endsWith("/result");
                return i;
            }
            HttpResponse<String> answered = session.post("/app/attempts/" + attempt + "/answer", page.body(),
                    answerFor(page.body(), StudentLauncher.Session.token(page.body())));
            assertThat(answered.statusCode()).as("answer %d", i + 1).isEqualTo(302);
        }
        throw new AssertionError("the attempt did not end after " + limit + " answers");
    }

    /** A complete (not necessarily right) answer to whatever item the page shows. */
    public static Map<String, List<String>> answerFor(String html, String token) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("token", List.of(token));
        Matcher type = Pattern.compile("data-item-type=\"(\\w+)\"").matcher(html);
        assertThat(type.find()).isTrue();
        switch (type.group(1)) {
            case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> form.put("choice", List.of("0"));
            case "SPOT_THE_ERROR" -> form.put("segment", List.of("none"));
            case "CORRECT_THE_ERROR" -> form.put("correction", List.of("réponse"));
            case "SHORT_ANSWER" -> form.put("answer", List.of("réponse"));
            case "ESSAY" -> form.put("essay", List.of("Un texte."));
            default -> {
                Matcher named = NAMED.matcher(html);
                while (named.find()) {
                    String name = named.group(2);
                    String value = named.group(1).equals("select") ? name.substring(name.indexOf('-') + 1) : "mot";
                    form.put(name, List.of(name.startsWith("match") || name.startsWith("gap") && named.group(1).equals("select")
                            ? "0" : value));
                }
            }
        }
        return form;
    }

    /**
     * Links open resources to the weakest competency of the result: at most three are listed, with
     * their licence, each opening in a new tab and saying so; withdrawn ones and non-web addresses never.
     */
    private void openResourcesAreRecommendedForTheWeakestCompetency(StudentLauncher.Session session, UUID attempt) {
        String weakest = jdbc.sql("SELECT competency FROM assessment_attempt_competency WHERE attempt_id = :a"
                + " ORDER BY theta, competency LIMIT 1").param("a", attempt).query(String.class).single();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> inserted = new ArrayList<>();
        try {
            for (int i = 1; i <= 6; i++) {
                UUID id = UUID.randomUUID();
                inserted.add(id);
                String url = i == 2 ? "javascript:alert(1)" : "https://ressources.example/" + run + "/" + i;
                jdbc.sql("""
                        INSERT INTO catalogue_resource (id, source_id, origin, title, description, url, language, licence,
                            keywords, authors, kind, content_hash, withdrawn, first_seen_at, updated_at)
                        VALUES (:id, :source, 'test', :title, '', :url, 'fr', 'CC BY 4.0', '{}', '{}', 'course', 'h',
                            :withdrawn, now(), now() + make_interval(days => 400 - :i))""")
                        .param("id", id).param("source", "test:" + run + ":" + i).param("title", "Ressource " + run + " n" + i)
                        .param("url", url).param("withdrawn", i == 6).param("i", i).update();
                jdbc.sql("INSERT INTO catalogue_resource_competency (resource_id, competency_code, how)"
                        + " VALUES (:id, :code, 'EXPLICIT_ALIGNMENT')").param("id", id).param("code", weakest).update();
            }
            String result = session.get("/app/attempts/" + attempt + "/result").body();
            assertThat(result).contains("Ressources libres pour progresser").contains("Licence : CC BY 4.0")
                    .contains("(s’ouvre dans un nouvel onglet)")
                    .contains("href=\"https://ressources.example/" + run + "/1\" target=\"_blank\" rel=\"noopener noreferrer\"")
                    .contains("Ressource " + run + " n3").contains("Ressource " + run + " n4")
                    .doesNotContain("Ressource " + run + " n2").doesNotContain("javascript:")
                    .doesNotContain("Ressource " + run + " n5")
                    .doesNotContain("Ressource " + run + " n6");
        } finally {
            inserted.forEach(id -> jdbc.sql("DELETE FROM catalogue_resource WHERE id = :id").param("id", id).update());
        }
    }

    private long count(String sql, UUID attempt) {
        return jdbc.sql(sql).param("a", attempt).query(Long.class).single();
    }
}
