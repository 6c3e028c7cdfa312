package fr.plume.tool.certification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.ConsortiumAdmins;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fr.plume.tool.assessment.DeliveryTest;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the certification tests share: accounts, the certification activity, profiles, page reading. */
final class CertificationFixtures {

    static final String PASSWORD = "correct horse battery staple";
    static final String OFFICER = "cert-officer";
    static final Map<String, String> CERTIFICATION_LINK =
            Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification");
    private static final Pattern SESSION_ID = Pattern.compile("/certif/sessions/([0-9a-f-]{36})");
    private static final Pattern ACCESS_CODE = Pattern.compile("data-access-code>([A-Z0-9]{6})<");
    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");
    private static final Pattern PIN = Pattern.compile("data-pin>(\\d{6})<");

    private CertificationFixtures() {
    }

    /** Records the {@link CandidateCertified} events published, as the certificate issuer will receive them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        CertifiedEvents certifiedEvents() {
            return new CertifiedEvents();
        }
    }

    static class CertifiedEvents {

        final List<CandidateCertified> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CandidateCertified event) {
            events.add(event);
        }
    }

    static void ensureAccount(JdbcToolAccounts accounts, PasswordEncoder encoder, String username, Set<ToolRole> roles) {
        ConsortiumAdmins.ensure(accounts, encoder, username, PASSWORD, roles);
    }

    /** Gives the user a completed placement test with one competency at level 3, {@code daysAgo} days ago. */
    static void giveProfile(JdbcClient jdbc, UUID memberId, UUID userId, int daysAgo) {
        UUID attempt = UUID.randomUUID();
        Instant at = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
        jdbc.sql("""
                INSERT INTO assessment_attempt (id, member_id, user_id, mode, seed, accessible_items, scoring_version,
                       started_at, status, end_reason, completed_at, theta, standard_error, level, scaled_score,
                       score_maximum, valid)
                VALUES (:id, :member, :user, 'DIAGNOSTIC', 1, false, 'test', :at, 'COMPLETED', 'TEST_COMPLETE', :at,
                        0.2, 0.3, 3, 520, 1000, true)""")
                .param("id", attempt).param("member", memberId).param("user", userId).param("at", Timestamp.from(at))
                .update();
        jdbc.sql("""
                INSERT INTO assessment_attempt_competency (attempt_id, member_id, competency, theta, standard_error,
                       level, level_probability, item_count)
                VALUES (:id, :member, '1.1', 0.2, 0.3, 3, 0.8, 5)""")
                .param("id", attempt).param("member", memberId).update();
    }

    static UUID userOf(JdbcClient jdbc, StudentLauncher launcher, String subject) {
        return jdbc.sql("SELECT id FROM lti_user WHERE issuer = :iss AND subject = :sub")
                .param("iss", launcher.platform().issuer()).param("sub", subject).query(UUID.class).single();
    }

    static UUID memberOf(JdbcClient jdbc, String memberCode) {
        return jdbc.sql("SELECT id FROM member WHERE code = :code").param("code", memberCode).query(UUID.class).single();
    }

    /** A session scheduled through the pages: its id, access code and invigilator PIN. */
    record Scheduled(UUID id, String code, String pin) {
    }

    static UUID openCentre(BrowserSession officer, JdbcClient jdbc, UUID memberId, String name) {
        String home = officer.get("/certif").body();
        HttpResponse<String> opened = officer.postForm("/certif/centres", Map.of("_csrf", BrowserSession.csrfToken(home),
                "memberId", memberId.toString(), "name", name));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        return jdbc.sql("SELECT id FROM certification_centre WHERE member_id = :m AND name = :n")
                .param("m", memberId).param("n", name).query(UUID.class).single();
    }

    static void appoint(BrowserSession officer, UUID centreId, String username) {
        String home = officer.get("/certif").body();
        assertThat(officer.postForm("/certif/centres/" + centreId + "/managers", Map.of("_csrf",
                BrowserSession.csrfToken(home), "username", username)).statusCode()).isEqualTo(302);
    }

    /** The centre gives a new invigilator PIN; returns it as the session page shows it, once. */
    static String renewPin(BrowserSession staff, UUID sessionId) {
        String page = staff.get("/certif/sessions/" + sessionId).body();
        HttpResponse<String> renewed = staff.postForm("/certif/sessions/" + sessionId + "/pin",
                Map.of("_csrf", BrowserSession.csrfToken(page)));
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(302);
        Matcher pin = PIN.matcher(staff.follow(renewed).body());
        assertThat(pin.find()).isTrue();
        return pin.group(1);
    }

    static Scheduled schedule(BrowserSession staff, UUID centreId, int capacity) {
        String home = staff.get("/certif").body();
        HttpResponse<String> scheduled = staff.postForm("/certif/centres/" + centreId + "/sessions", Map.of(
                "_csrf", BrowserSession.csrfToken(home), "startsAt", "2026-12-05T09:00", "room", "Amphi B",
                "capacity", Integer.toString(capacity), "durationMinutes", "150"));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        String page = staff.follow(scheduled).body();
        Matcher id = SESSION_ID.matcher(scheduled.headers().firstValue("Location").orElseThrow());
        Matcher code = ACCESS_CODE.matcher(page);
        Matcher pin = PIN.matcher(page);
        assertThat(id.find() && code.find() && pin.find()).as(page).isTrue();
        return new Scheduled(UUID.fromString(id.group(1)), code.group(1), pin.group(1));
    }

    // A candidate's sitting, as the session tests drive it over HTTP.
    static HttpResponse<String> act(BrowserSession invigilator, String page,
            CertificationFixtures.Scheduled session, UUID candidate, String action, Map<String, String> fields) {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", BrowserSession.csrfToken(page));
        return invigilator.postForm("/certif/invigilate/" + session.id() + "/candidates/" + candidate + "/" + action, form);
    }

    /**
     * The candidate joins the session with its code, an invigilator authorises them, they answer
     * 30 items and their 90 minutes run out (the clock moves).
     */
    static Sat sitUntilTimeIsUp(int port, JdbcClient jdbc, MovableClock clock, StudentLauncher.Session candidate,
            Scheduled session) {
        UUID candidateId = joinWithTheCode(jdbc, candidate, session);
        BrowserSession invigilator = new BrowserSession(port);
        act(invigilator, openInvigilation(invigilator, session), session, candidateId, "authorise", Map.of());
        UUID attempt = start(candidate, candidate.get("/certif/candidate").body());
        answer(candidate, attempt, 30);
        clock.advance(Duration.ofMinutes(91));
        candidate.get("/app/attempts/" + attempt);
        return new Sat(candidateId, attempt);
    }

    /** A candidate of a session and the certifying attempt they sat. */
    record Sat(UUID candidateId, UUID attempt) {
    }

    static UUID start(StudentLauncher.Session candidate, String pageWithForm) {
        HttpResponse<String> started = candidate.post("/app/attempts", pageWithForm,
                Map.of("mode", List.of("CERTIFICATION")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher m = ATTEMPT.matcher(StudentLauncher.Session.location(started));
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    static void answer(StudentLauncher.Session candidate, UUID attempt, int count) {
        for (int i = 0; i < count; i++) {
            String page = candidate.get("/app/attempts/" + attempt).body();
            assertThat(candidate.post("/app/attempts/" + attempt + "/answer", page,
                    DeliveryTest.answerFor(page, StudentLauncher.Session.token(page))).statusCode()).isEqualTo(302);
        }
    }

    /** The AGS claim of a certification link whose line item is on the member's test platform. */
    static Map<String, Object> agsEndpoint(StudentLauncher univ) {
        String base = univ.platform().server().baseUrl();
        return Map.of("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", base + "/lineitems", "lineitem", base + "/lineitems/9/lineitem"));
    }

    /** The launched candidate joins the session with its code; the session's only candidate. */
    static UUID joinWithTheCode(JdbcClient jdbc, StudentLauncher.Session candidate, CertificationFixtures.Scheduled session) {
        String join = candidate.get("/certif/join").body();
        assertThat(candidate.post("/certif/join", join, Map.of("code", List.of(session.code()))).statusCode()).isEqualTo(302);
        return jdbc.sql("SELECT id FROM certification_candidate WHERE session_id = :s").param("s", session.id())
                .query(UUID.class).single();
    }

    /** The invigilator opens the session with its code and PIN; the live page. */
    static String openInvigilation(BrowserSession invigilator, CertificationFixtures.Scheduled session) {
        String form = invigilator.get("/certif/invigilate").body();
        return invigilator.follow(invigilator.postForm("/certif/invigilate", Map.of("_csrf",
                BrowserSession.csrfToken(form), "code", session.code(), "pin", session.pin()))).body();
    }

    /**
     * The account, appointed manager of the centre by the officer and signed in: the member
     * university's jury for that centre's candidates.
     */
    static BrowserSession memberJury(int port, JdbcToolAccounts accounts, PasswordEncoder encoder,
            BrowserSession officer, UUID centreId, String username) {
        ensureAccount(accounts, encoder, username, Set.of());
        appoint(officer, centreId, username);
        BrowserSession manager = new BrowserSession(port);
        manager.signIn(username, PASSWORD);
        return manager;
    }

    /** The member's jury endorses these candidates of the finalised session, then closes its jury. */
    static void endorseAndClose(BrowserSession manager, UUID sessionId, UUID... candidateIds) {
        String jury = "/certif/sessions/" + sessionId + "/jury";
        String page = manager.get(jury).body();
        for (UUID candidate : candidateIds) {
            assertThat(manager.postForm(jury + "/candidates/" + candidate, Map.of("_csrf", BrowserSession.csrfToken(page),
                    "verdict", "ENDORSED")).statusCode()).isEqualTo(302);
        }
        assertThat(manager.postForm(jury + "/close", Map.of("_csrf", BrowserSession.csrfToken(page))).statusCode())
                .isEqualTo(302);
    }

    /**
     * Adds an essay, awaiting marking, to the attempt (a certifying one here): the shown item
     * answered with no verdict and the text in the essay table, as a writing session stores them.
     * Today's certification blueprint holds no essay item; this is how a certifying attempt with an
     * essay looks once it does.
     */
    static int addEssay(JdbcClient jdbc, ItemCatalog catalog, UUID attemptId, String text) {
        PublishedItem essay = catalog.published().stream().filter(p -> p.item().type() == ItemType.ESSAY)
                .sorted(java.util.Comparator.comparing(p -> p.item().id())).findFirst().orElseThrow();
        Map<String, Object> attempt = jdbc.sql("SELECT member_id, user_id, context_id FROM assessment_attempt"
                + " WHERE id = :a").param("a", attemptId).query().singleRow();
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM assessment_attempt_item WHERE attempt_id = :a")
                .param("a", attemptId).query(Integer.class).single();
        Timestamp at = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO assessment_attempt_item (attempt_id, position, member_id, item_id, competency, family, a, b,
                       accessible, parameters_version, token, shown_at, answered_at)
                VALUES (:a, :position, :member, :item, :competency, :family, :da, :db, false, :version, :token, :at, :at)""")
                .param("a", attemptId).param("position", position).param("member", attempt.get("member_id"))
                .param("item", essay.item().id()).param("competency", essay.item().competency())
                .param("family", essay.item().family()).param("da", essay.a()).param("db", essay.b())
                .param("version", essay.parametersVersion()).param("token", UUID.randomUUID().toString().replace("-", ""))
                .param("at", at).update();
        jdbc.sql("""
                INSERT INTO assessment_essay (attempt_id, position, member_id, user_id, context_id, item_id, text,
                       word_count, submitted_at)
                VALUES (:a, :position, :member, :user, :context, :item, :text, :words, :at)""")
                .param("a", attemptId).param("position", position).param("member", attempt.get("member_id"))
                .param("user", attempt.get("user_id")).param("context", attempt.get("context_id"))
                .param("item", essay.item().id()).param("text", text).param("words", text.split("\\s+").length)
                .param("at", at).update();
        return position;
    }

    /** A completed, valid certifying attempt of the user in the course, made the way {@link #giveProfile} makes one. */
    static UUID certifyingAttempt(JdbcClient jdbc, UUID memberId, UUID userId, UUID contextId) {
        UUID attempt = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
        jdbc.sql("""
                INSERT INTO assessment_attempt (id, member_id, user_id, context_id, mode, seed, accessible_items,
                       scoring_version, started_at, status, end_reason, completed_at, theta, standard_error, level,
                       scaled_score, score_maximum, valid)
                VALUES (:id, :member, :user, :context, 'CERTIFICATION', 1, false, 'test', :at, 'COMPLETED',
                        'TEST_COMPLETE', :at, 0.2, 0.3, 3, 520, 1000, true)""")
                .param("id", attempt).param("member", memberId).param("user", userId).param("context", contextId)
                .param("at", at).update();
        return attempt;
    }
}
