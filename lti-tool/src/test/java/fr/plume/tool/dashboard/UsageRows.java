package fr.plume.tool.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes usage into the real schema as the tool does (launch counts, attempts, marked essays,
 * published certification results), for tests of the usage report.
 */
public final class UsageRows {

    private final JdbcClient jdbc;

    public UsageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code launches} launches of {@code user} in {@code month}, as a learner or not. */
    public void launched(UUID member, UUID user, YearMonth month, boolean learner, int launches) {
        jdbc.sql("""
                        INSERT INTO lti_usage_month (member_id, month, user_id, learner, launches)
                        VALUES (:member, :month, :user, :learner, :launches)
                        ON CONFLICT (member_id, month, user_id) DO UPDATE SET
                            launches = lti_usage_month.launches + EXCLUDED.launches,
                            learner = lti_usage_month.learner OR EXCLUDED.learner
                        """)
                .param("member", member).param("month", Date.valueOf(month.atDay(1))).param("user", user)
                .param("learner", learner).param("launches", launches).update();
    }

    /** A completed attempt of {@code mode} started at {@code at}; its id. */
    public UUID attempt(UUID member, UUID user, String mode, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO assessment_attempt (id, member_id, user_id, mode, seed, accessible_items,
                            scoring_version, started_at, status, completed_at, valid, certification_id,
                            certification_seat)
                        VALUES (:id, :member, :user, :mode, 1, false, 'test', :at, 'COMPLETED', :at, true,
                            :certification, :seat)
                        """)
                .param("id", id).param("member", member).param("user", user).param("mode", mode)
                .param("at", Timestamp.from(at))
                .param("certification", "CERTIFICATION".equals(mode) ? "certification-" + id : null)
                .param("seat", "CERTIFICATION".equals(mode) ? 1 : null)
                .update();
        return id;
    }

    /** A certification attempt of {@code user} whose result was published at {@code at}. */
    public void certified(UUID member, UUID user, Instant at) {
        UUID attempt = attempt(member, user, "CERTIFICATION", at);
        jdbc.sql("""
                        INSERT INTO assessment_certification_result (attempt_id, member_id, status, recorded_at,
                            published_at, published_by)
                        VALUES (:attempt, :member, 'PUBLISHED', :at, :at, 'tests')
                        """)
                .param("attempt", attempt).param("member", member).param("at", Timestamp.from(at)).update();
    }

    /** An essay of {@code user} in a formative attempt, marked at {@code at}. */
    public void essayMarked(UUID member, UUID user, Instant at) {
        UUID attempt = attempt(member, user, "FORMATIVE", at);
        UUID item = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO assessment_attempt_item (attempt_id, position, member_id, item_id, competency, family,
                            a, b, accessible, parameters_version, token, shown_at, answered_at)
                        VALUES (:attempt, 1, :member, :item, '1.1', 'essay', 1, 0, false, 'test', :token, :at, :at)
                        """)
                .param("attempt", attempt).param("member", member).param("item", item)
                .param("token", UUID.randomUUID().toString()).param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                        INSERT INTO assessment_essay (attempt_id, position, member_id, user_id, item_id, text, word_count,
                            submitted_at, points, total_points, max_points, marked_by, marked_at)
                        VALUES (:attempt, 1, :member, :user, :item, 'texte', 1, :at, '{3}', 3, 4, :marker, :at)
                        """)
                .param("attempt", attempt).param("member", member).param("user", user).param("item", item)
                .param("marker", UUID.randomUUID()).param("at", Timestamp.from(at)).update();
    }
}
