package fr.plume.tool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.privacy.application.PurgeExpiredData;
import fr.plume.tool.privacy.domain.DataKind;
import fr.plume.tool.privacy.domain.PurgeSchedule;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.StoppedClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention periods applied by the scheduled purge (docs/privacy.md), with the tool's clock
 * moved instead of waiting: data past its period is deleted or cleared, recent data is kept, and
 * a kind held by another node is left alone until its lease ends.
 */
@PlumeIntegrationTest
@Import(StoppedClockConfiguration.class)
class PurgeExpiredDataTest {

    @RegisterExtension
    final StudentLaunchers launchers = new StudentLaunchers();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportItems items;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    MovableClock clock;
    @Autowired
    PurgeExpiredData purge;
    @Autowired
    PurgeSchedule schedule;

    People people;

    @BeforeEach
    void dueNow() throws Exception {
        people = new People(jdbc, items, catalog);
        // each test starts with every kind due and free, whatever an earlier test left
        schedule.ensure(EnumSet.allOf(DataKind.class), clock.instant());
        jdbc.sql("UPDATE privacy_purge SET next_run_at = '-infinity', lease_owner = NULL, lease_until = NULL").update();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void launchCountsAndPracticeAnswersGoWhenTheirPeriodEndsAndRecentOnesStay() {
        StudentLauncher univ = launchers.member("privacy-purge");
        StudentLauncher.Session early = People.launchAt(univ, "purge-old", "Ancien", "Lanceur", clock);
        String oldEssay = "Ancien texte " + UUID.randomUUID();
        UUID oldAttempt = people.writeEssay(early, oldEssay);
        UUID old = people.personOf(univ, "purge-old");

        clock.advance(Duration.ofDays(14 * 31)); // a little over 14 months
        StudentLauncher.Session later = People.launchAt(univ, "purge-new", "Récent", "Lanceur", clock);
        String newEssay = "Texte récent " + UUID.randomUUID();
        UUID newAttempt = people.writeEssay(later, newEssay);
        UUID recent = people.personOf(univ, "purge-new");

        Map<DataKind, Integer> first = purge.runDue();

        assertThat(first).containsKeys(DataKind.values());
        assertThat(launchCounts(old)).as("launch counts older than 13 months").isZero();
        assertThat(launchCounts(recent)).as("this month's launch counts").isPositive();
        assertThat(essay(oldAttempt)).as("answers are kept 3 years").isEqualTo(oldEssay);

        clock.advance(Duration.ofDays(25 * 31)); // the old essay is now over 3 years old, the recent one not
        Map<DataKind, Integer> second = purge.runDue();

        assertThat(second.get(DataKind.PRACTICE_ANSWERS)).isPositive();
        assertThat(essay(oldAttempt)).as("practice essay past 3 years").isEmpty();
        assertThat(essay(newAttempt)).as("practice essay under 3 years").isEqualTo(newEssay);
        assertThat(jdbc.sql("SELECT word_count > 0 FROM assessment_essay WHERE attempt_id = :a")
                .param("a", oldAttempt).query(Boolean.class).single()).as("what statistics use stays").isTrue();
    }

    @Test
    void verificationCountersGoAfterADay() {
        Instant now = clock.instant();
        insertCounter("purge-client-old", now.minus(Duration.ofHours(25)));
        insertCounter("purge-client-new", now.minus(Duration.ofHours(1)));

        purge.runDue();

        assertThat(counters("purge-client-old")).isZero();
        assertThat(counters("purge-client-new")).isEqualTo(1);
    }

    @Test
    void finishedGradeDeliveriesGoAfterAYearPendingAndDeadOnesStay() {
        StudentLauncher univ = launchers.member("privacy-grades");
        People.launchAt(univ, "purge-grades", "Note", "Ancienne", clock);
        UUID person = people.personOf(univ, "purge-grades");
        Instant now = clock.instant();
        UUID oldDelivered = insertGrade(person, "DELIVERED", now.minus(Duration.ofDays(400)));
        UUID recentDelivered = insertGrade(person, "DELIVERED", now.minus(Duration.ofDays(30)));
        UUID oldPending = insertGrade(person, "PENDING", null);
        UUID oldDead = insertGrade(person, "DEAD", now.minus(Duration.ofDays(400)));

        purge.runDue();

        assertThat(gradeExists(oldDelivered)).as("delivered over a year ago").isFalse();
        assertThat(gradeExists(recentDelivered)).as("delivered a month ago").isTrue();
        assertThat(gradeExists(oldPending)).as("still to deliver").isTrue();
        assertThat(gradeExists(oldDead)).as("dead letters wait for an administrator").isTrue();
    }

    @Test
    void theLedgerOfRatingsPushedToMoodleGoesAfterAYear() {
        UUID member = jdbc.sql("SELECT id FROM member ORDER BY id LIMIT 1").query(UUID.class).single();
        UUID site = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO sync_site (id, member_id, name, base_url, token_ciphertext, scale_id, enabled_jobs,
                                       created_at, updated_at)
                VALUES (:id, :member, :name, 'https://moodle.invalid', '\\x00', 1, '{}', :now, :now)""")
                .param("id", site).param("member", member).param("name", "purge-" + site)
                .param("now", java.sql.Timestamp.from(now)).update();
        insertPushedRating(member, site, 1001, now.minus(Duration.ofDays(400)));
        insertPushedRating(member, site, 1002, now.minus(Duration.ofDays(30)));

        purge.runDue();

        assertThat(pushedRatingUsers(site)).as("the rating pushed a month ago stays").containsExactly(1002L);
    }

    @Test
    void aKindIsPurgedByOneNodeAtATimeAndOnceUntilItIsDueAgain() {
        Instant now = clock.instant();
        assertThat(schedule.claimDue("another-node", now, now.plus(Duration.ofMinutes(30)))).as("the other node")
                .containsExactly(DataKind.values());

        assertThat(purge.runDue()).as("every kind is held by the other node").isEmpty();

        clock.advance(Duration.ofMinutes(31));
        assertThat(purge.runDue()).as("its lease ended: this node purges").containsKeys(DataKind.values());
        assertThat(purge.runDue()).as("purged: not due again before a day").isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(purge.runDue()).as("due again").containsKeys(DataKind.values());
    }

    private int launchCounts(UUID person) {
        return jdbc.sql("SELECT count(*) FROM lti_usage_month WHERE user_id = :p").param("p", person)
                .query(Integer.class).single();
    }

    private String essay(UUID attempt) {
        return jdbc.sql("SELECT text FROM assessment_essay WHERE attempt_id = :a").param("a", attempt)
                .query(String.class).single();
    }

    private UUID insertGrade(UUID person, String status, Instant finishedAt) {
        UUID id = UUID.randomUUID();
        Instant created = clock.instant().minus(Duration.ofDays(500));
        jdbc.sql("""
                INSERT INTO lti_grade_outbox (id, attempt_id, member_id, user_id, resource_link_id, mode, score_given,
                       score_maximum, score_timestamp, status, next_attempt_at, queued_at, created_at, updated_at,
                       finished_at)
                SELECT :id, :attempt, u.member_id, u.id, l.id, 'DIAGNOSTIC', 1, 1, :created, :status, :created,
                       :created, :created, :created, :finished
                  FROM lti_user u JOIN lti_resource_link l ON l.member_id = u.member_id
                 WHERE u.id = :person LIMIT 1""")
                .param("id", id).param("attempt", UUID.randomUUID()).param("created", java.sql.Timestamp.from(created))
                .param("status", status).param("person", person)
                .param("finished", finishedAt == null ? null : java.sql.Timestamp.from(finishedAt)).update();
        return id;
    }

    private boolean gradeExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE id = :id").param("id", id).query(Integer.class)
                .single() == 1;
    }

    private void insertCounter(String client, Instant windowStart) {
        jdbc.sql("INSERT INTO certification_verification_counter (client, window_start, requests) VALUES (:c, :w, 1)")
                .param("c", client).param("w", java.sql.Timestamp.from(windowStart)).update();
    }

    private void insertPushedRating(UUID member, UUID site, long moodleUser, Instant pushedAt) {
        jdbc.sql("""
                INSERT INTO sync_rating_ledger (member_id, site_id, course_id, moodle_user_id, competency_idnumber,
                                                grade, pushed_at)
                VALUES (:member, :site, 7, :user, :competency, 2, :at)""")
                .param("member", member).param("site", site).param("user", moodleUser)
                .param("competency", UUID.randomUUID()).param("at", java.sql.Timestamp.from(pushedAt)).update();
    }

    private java.util.List<Long> pushedRatingUsers(UUID site) {
        return jdbc.sql("SELECT moodle_user_id FROM sync_rating_ledger WHERE site_id = :site").param("site", site)
                .query(Long.class).list();
    }

    private int counters(String client) {
        return jdbc.sql("SELECT count(*) FROM certification_verification_counter WHERE client = :c")
                .param("c", client).query(Integer.class).single();
    }
}
