package fr.plume.tool.lti.ags.infra;

import fr.plume.tool.lti.ags.domain.GradeOutbox;
import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.ags.domain.ScoreTimestamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grade outbox table. Claims use {@code FOR UPDATE SKIP LOCKED} and a lease, so any number
 * of nodes drain it without taking the same row twice; outcomes are recorded only by the holder
 * of the current lease.
 */
@Repository
public class JdbcGradeOutbox implements GradeOutbox {


    private final JdbcClient jdbc;

    JdbcGradeOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the grade of an attempt in the caller's transaction. Idempotent on the attempt id:
     * returns false when that attempt's grade is already queued.
     */
    public boolean enqueue(GradeToQueue event, Instant now) {
        // Serialises grades of one user on one link so their timestamps strictly increase.
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                .param("key", "lti_grade_outbox:" + event.userId() + ":" + event.resourceLinkId())
                .query(Integer.class).single();
        if (jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE attempt_id = :attempt")
                .param("attempt", event.attemptId()).query(Long.class).single() > 0) {
            return false;
        }
        Instant previous = jdbc.sql("""
                        SELECT max(score_timestamp) FROM lti_grade_outbox
                        WHERE user_id = :user AND resource_link_id = :link AND member_id = :member
                        """)
                .param("user", event.userId()).param("link", event.resourceLinkId()).param("member", event.memberId())
                .query((rs, n) -> instant(rs.getTimestamp(1))).optional().orElse(null);
        Instant timestamp = ScoreTimestamp.choose(event.scoredAt(), previous);
        Timestamp at = timestamp(now);
        return jdbc.sql("""
                        INSERT INTO lti_grade_outbox (id, attempt_id, member_id, user_id, resource_link_id, context_id,
                            mode, score_given, score_maximum, score_timestamp, status, attempts, next_attempt_at,
                            queued_at, created_at, updated_at)
                        VALUES (:id, :attempt, :member, :user, :link, :context, :mode, :given, :maximum, :timestamp,
                            'PENDING', 0, :now, :now, :now, :now)
                        ON CONFLICT (attempt_id) DO NOTHING
                        """)
                .param("id", UUID.randomUUID()).param("attempt", event.attemptId()).param("member", event.memberId())
                .param("user", event.userId()).param("link", event.resourceLinkId())
                .param("context", event.contextId()).param("mode", event.mode() == null ? "UNKNOWN" : event.mode())
                .param("given", event.scoreGiven()).param("maximum", event.scoreMaximum())
                .param("timestamp", timestamp(timestamp)).param("now", at)
                .update() == 1;
    }

    /** Claims up to {@code limit} due rows for {@code lease}; call in its own short transaction. */
    public List<ClaimedGrade> claim(Instant now, Duration lease, int limit) {
        UUID token = UUID.randomUUID();
        return jdbc.sql("""
                        WITH due AS (
                            SELECT id FROM lti_grade_outbox
                            WHERE status = 'PENDING' AND next_attempt_at <= :now
                              AND (locked_until IS NULL OR locked_until <= :now)
                            ORDER BY next_attempt_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED
                        ), claimed AS (
                            UPDATE lti_grade_outbox o
                            SET locked_until = :until, lease_token = :token, attempts = o.attempts + 1, updated_at = :now
                            FROM due WHERE o.id = due.id
                            RETURNING o.*
                        )
                        SELECT c.*, u.subject, l.platform_link_id, l.title, l.custom ->> 'plume_activity' AS activity
                        FROM claimed c
                        JOIN lti_user u ON u.id = c.user_id AND u.member_id = c.member_id
                        JOIN lti_resource_link l ON l.id = c.resource_link_id AND l.member_id = c.member_id
                        """)
                .param("now", timestamp(now)).param("until", timestamp(now.plus(lease)))
                .param("token", token).param("limit", limit)
                .query(JdbcGradeOutbox::claimed).list();
    }

    /** Records a final outcome (DELIVERED or SUPERSEDED). False when the lease was lost meanwhile. */
    public boolean finish(ClaimedGrade grade, String status, int httpStatus, Instant now) {
        return jdbc.sql("""
                        UPDATE lti_grade_outbox SET status = :status, last_status = :http, locked_until = NULL,
                            lease_token = NULL, finished_at = :now, updated_at = :now
                        WHERE id = :id AND lease_token = :token AND status = 'PENDING'
                        """)
                .param("status", status).param("http", httpStatus).param("now", timestamp(now))
                .param("id", grade.id()).param("token", grade.leaseToken()).update() == 1;
    }

    /** Marks many grades of one claim DELIVERED in one statement; returns how many were still held. */
    public int delivered(List<ClaimedGrade> grades, Instant now) {
        if (grades.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE lti_grade_outbox SET status = 'DELIVERED', last_status = 200, locked_until = NULL,
                            lease_token = NULL, finished_at = :now, updated_at = :now
                        WHERE id = ANY(:ids) AND lease_token = :token AND status = 'PENDING'
                        """)
                .param("now", timestamp(now))
                .param("ids", grades.stream().map(ClaimedGrade::id).toArray(UUID[]::new))
                .param("token", grades.get(0).leaseToken()).update();
    }

    public boolean retryAt(ClaimedGrade grade, Instant next, int httpStatus, String error, Instant now) {
        return jdbc.sql("""
                        UPDATE lti_grade_outbox SET next_attempt_at = :next, last_status = :http, last_error = :error,
                            locked_until = NULL, lease_token = NULL, updated_at = :now
                        WHERE id = :id AND lease_token = :token AND status = 'PENDING'
                        """)
                .param("next", timestamp(next)).param("http", httpStatus).param("error", truncate(error))
                .param("now", timestamp(now)).param("id", grade.id()).param("token", grade.leaseToken())
                .update() == 1;
    }

    public boolean dead(ClaimedGrade grade, int httpStatus, String error, Instant now) {
        return jdbc.sql("""
                        UPDATE lti_grade_outbox SET status = 'DEAD', last_status = :http, last_error = :error,
                            locked_until = NULL, lease_token = NULL, finished_at = :now, updated_at = :now
                        WHERE id = :id AND lease_token = :token AND status = 'PENDING'
                        """)
                .param("http", httpStatus).param("error", truncate(error)).param("now", timestamp(now))
                .param("id", grade.id()).param("token", grade.leaseToken()).update() == 1;
    }

    /** Dead letters go back to the queue with a fresh 24 h window. Only DEAD rows of that member. */
    public boolean requeue(UUID memberId, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE lti_grade_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now,
                            queued_at = :now, finished_at = NULL, updated_at = :now
                        WHERE id = :id AND member_id = :member AND status = 'DEAD'
                        """)
                .param("now", timestamp(now)).param("id", id).param("member", memberId).update() == 1;
    }

    public boolean discard(UUID memberId, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE lti_grade_outbox SET status = 'DISCARDED', updated_at = :now
                        WHERE id = :id AND member_id = :member AND status = 'DEAD'
                        """)
                .param("now", timestamp(now)).param("id", id).param("member", memberId).update() == 1;
    }

    /** Dead letters and grades that already failed at least once, of one member, newest first. */
    public List<GradeRow> failures(UUID memberId, int limit) {
        return jdbc.sql("SELECT * FROM lti_grade_outbox WHERE member_id = :member "
                        + "AND (status = 'DEAD' OR (status = 'PENDING' AND last_error IS NOT NULL)) "
                        + "ORDER BY updated_at DESC LIMIT :limit")
                .param("member", memberId).param("limit", limit).query(JdbcGradeOutbox::row).list();
    }

    public Optional<GradeRow> byAttempt(UUID attemptId) {
        return jdbc.sql("SELECT * FROM lti_grade_outbox WHERE attempt_id = :attempt").param("attempt", attemptId)
                .query(JdbcGradeOutbox::row).optional();
    }

    /** Number of failures per member, for the page's member list. */
    public Map<UUID, Long> failureCounts() {
        return jdbc.sql("SELECT member_id, count(*) FROM lti_grade_outbox WHERE status = 'DEAD' "
                        + "OR (status = 'PENDING' AND last_error IS NOT NULL) GROUP BY member_id")
                .query((ResultSet rs) -> {
                    Map<UUID, Long> counts = new java.util.HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    }
                    return counts;
                });
    }

    public long countByStatus(String status) {
        return jdbc.sql("SELECT count(*) FROM lti_grade_outbox WHERE status = :status").param("status", status)
                .query(Long.class).single();
    }

    @Override
    public Optional<Instant> oldestPendingQueuedAt() {
        return jdbc.sql("SELECT min(queued_at) FROM lti_grade_outbox WHERE status = 'PENDING'")
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static ClaimedGrade claimed(ResultSet rs, int n) throws SQLException {
        return new ClaimedGrade(rs.getObject("id", UUID.class), rs.getObject("lease_token", UUID.class),
                rs.getObject("attempt_id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("resource_link_id", UUID.class),
                rs.getString("mode"), rs.getDouble("score_given"), rs.getDouble("score_maximum"),
                instant(rs.getTimestamp("score_timestamp")), rs.getInt("attempts"),
                instant(rs.getTimestamp("queued_at")), rs.getString("subject"), rs.getString("platform_link_id"),
                rs.getString("title"), rs.getString("activity"));
    }

    private static GradeRow row(ResultSet rs, int n) throws SQLException {
        int lastStatus = rs.getInt("last_status");
        Integer last = rs.wasNull() ? null : lastStatus;
        return new GradeRow(rs.getObject("id", UUID.class), rs.getObject("attempt_id", UUID.class),
                rs.getObject("member_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("resource_link_id", UUID.class), rs.getString("mode"), rs.getDouble("score_given"),
                rs.getDouble("score_maximum"), instant(rs.getTimestamp("score_timestamp")), rs.getString("status"),
                rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                last, rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * PostgreSQL keeps microseconds and would round a nanosecond instant, possibly upwards: a
     * retry set just before the 24 h deadline then read as already due and looped. Truncating
     * every instant here keeps the database's comparisons and the Java ones in agreement.
     */
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
