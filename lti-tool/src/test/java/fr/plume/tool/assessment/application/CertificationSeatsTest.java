package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The certification rule of DESIGN §7 on the test PostgreSQL: a certifying attempt starts only from
 * a certification activity, as many times as configured per person and certification, whatever the
 * link, course or deployment it is opened from; concurrent starts make one attempt.
 */
@PlumeIntegrationTest
class CertificationSeatsTest {

    private static final Map<String, String> CERTIFICATION_LINK =
            Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification");

    @Autowired
    StartAttempt startAttempt;
    @Autowired
    Attempts attempts;
    @Autowired
    DeliverableBank bank;
    @Autowired
    OfferedActivities offered;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    fr.plume.tool.assessment.domain.ModulePractices practices;
    @Autowired
    fr.plume.tool.itembank.application.ImportItems importItems;

    private UUID member;
    private UUID person;

    @BeforeEach
    void person() throws Exception {
        // The sample bank's certification pool is large enough; run alone, nothing else imports it.
        importItems.importMatching("classpath*:samples/items/*.json");
        String code = "cert-" + UUID.randomUUID().toString().substring(0, 8);
        member = members.ensure(code, "Université " + code).id();
        person = UUID.randomUUID();
    }

    /** The person launched from a link of a course: every launch of theirs has the same user id. */
    private Student from(Map<String, String> custom) {
        return new Student(member, person, UUID.randomUUID(), UUID.randomUUID(), custom);
    }

    private void finish(Attempt attempt) {
        jdbc.sql("UPDATE assessment_attempt SET status = 'COMPLETED', end_reason = 'TIME_UP', completed_at = now(),"
                + " valid = FALSE, invalid_reason = 'TOO_FEW_ANSWERS' WHERE id = :id").param("id", attempt.id()).update();
    }

    private long certifyingAttempts() {
        return jdbc.sql("SELECT count(*) FROM assessment_attempt WHERE member_id = :m AND user_id = :u"
                + " AND mode = 'CERTIFICATION'").param("m", member).param("u", person).query(Long.class).single();
    }

    @Test
    void aCertifyingAttemptStartsOnlyFromACertificationActivityTheToolOffers() {
        for (Map<String, String> link : List.of(Map.<String, String>of(),
                Map.of("plume_kind", "FORMATIVE", "plume_activity", "formative-1.1", "plume_competency", "1.1"),
                Map.of("plume_kind", "DIAGNOSTIC", "plume_activity", "diagnostic"),
                Map.of("plume_kind", "CERTIFICATION"),
                Map.of("plume_kind", "CERTIFICATION", "plume_activity", "certification-made-up"),
                Map.of("plume_activity", "certification"))) {
            assertThatThrownBy(() -> startAttempt.start(from(link), TestMode.CERTIFICATION, Set.of()))
                    .as(link.toString()).isInstanceOfSatisfying(PlumeProblemException.class, refused -> {
                        assertThat(refused.code()).isEqualTo("ASSESSMENT-CERTIFICATION-WRONG-ACTIVITY");
                        assertThat(refused.status()).isEqualTo(403);
                    });
        }
        assertThat(certifyingAttempts()).isZero();

        Attempt started = startAttempt.start(from(Map.of("plume_kind", "certification", "plume_activity",
                " certification ")), TestMode.CERTIFICATION, Set.of());
        assertThat(started.mode()).isEqualTo(TestMode.CERTIFICATION);
    }

    @Test
    void onePersonSitsACertificationOnceWhateverTheLinkOrCourseItIsOpenedFrom() {
        Attempt first = startAttempt.start(from(CERTIFICATION_LINK), TestMode.CERTIFICATION, Set.of());
        // unfinished: resumed, from this link or any other certification link of the member
        assertThat(startAttempt.start(from(CERTIFICATION_LINK), TestMode.CERTIFICATION, Set.of()).id())
                .isEqualTo(first.id());
        finish(first);

        assertThatThrownBy(() -> startAttempt.start(from(CERTIFICATION_LINK), TestMode.CERTIFICATION, Set.of()))
                .isInstanceOfSatisfying(PlumeProblemException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ASSESSMENT-CERTIFICATION-TAKEN");
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.arguments()).containsExactly(1);
                });
        assertThat(certifyingAttempts()).isEqualTo(1);

        // the same platform user in another member is another person
        UUID otherMember = members.ensure("cert-other-" + UUID.randomUUID().toString().substring(0, 6), "Autre").id();
        Attempt elsewhere = startAttempt.start(new Student(otherMember, person, UUID.randomUUID(), UUID.randomUUID(),
                CERTIFICATION_LINK), TestMode.CERTIFICATION, Set.of());
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
    }

    @Test
    void theNumberOfAttemptsPerCertificationIsTheConfiguredOne() {
        StartAttempt twice = new StartAttempt(attempts, bank,
                new CertificationSeats(attempts, offered, new CertificationSettings(2)), practices, clock);
        assertThat(new CertificationSettings(null).attemptsPerCertification()).as("default").isEqualTo(1);

        Attempt first = twice.start(from(CERTIFICATION_LINK), TestMode.CERTIFICATION, Set.of());
        finish(first);
        Attempt second = twice.start(from(CERTIFICATION_LINK), TestMode.CERTIFICATION, Set.of());
        assertThat(second.id()).isNotEqualTo(first.id());
        finish(second);

        assertThatThrownBy(() -> twice.start(from(CERTIFICATION_LINK), TestMode.CERTIFICATION, Set.of()))
                .isInstanceOfSatisfying(PlumeProblemException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ASSESSMENT-CERTIFICATION-TAKEN");
                    assertThat(refused.arguments()).containsExactly(2);
                });
        assertThat(jdbc.sql("SELECT certification_seat FROM assessment_attempt WHERE member_id = :m AND user_id = :u"
                        + " ORDER BY certification_seat").param("m", member).param("u", person).query(Integer.class).list())
                .containsExactly(1, 2);
    }

    @Test
    void concurrentStartsFromSeveralLinksMakeOneAttempt() throws Exception {
        int requests = 6;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<UUID>> started = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Student student = from(CERTIFICATION_LINK);
                started.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return startAttempt.start(student, TestMode.CERTIFICATION, Set.of()).id();
                }));
            }
            Set<UUID> ids = new HashSet<>();
            for (Future<UUID> one : started) {
                ids.add(one.get(60, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(certifyingAttempts()).isEqualTo(1);

        // the seat is held by the database, not by the check before the insert: a second node that
        // read the same standing cannot take it
        Attempt held = attempts.certificationSeats(member, person, "certification").get(0).attempt();
        Attempt racer = new Attempt(UUID.randomUUID(), member, person, UUID.randomUUID(), null,
                TestMode.CERTIFICATION, Set.of(), 1L, false, 0, held.scoringVersion(), held.startedAt(),
                held.deadline(), held.status(), null, null, false, null);
        assertThat(attempts.insertCertifying(racer, "certification", 1)).isFalse();
        assertThat(certifyingAttempts()).isEqualTo(1);
    }
}
