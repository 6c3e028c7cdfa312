package fr.plume.tool.certification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
}
