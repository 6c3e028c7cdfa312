package fr.plume.tool.identity.infra;

import fr.plume.tool.identity.domain.SignInSubject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-in counters in PostgreSQL, shared by every node. Each failure is counted by one
 * atomic upsert, so concurrent failures on several nodes are all counted.
 */
@Repository
public class JdbcSignInFailures {

    /** A lock in force: on what, and until when. */
    public record Lock(SignInSubject.Kind kind, Instant until) {
    }

    private final JdbcClient jdbc;

    JdbcSignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lock in force at {@code now} on the account or the address, the later one first. */
    public Optional<Lock> lockOn(SignInSubject account, SignInSubject address, Instant now) {
        return jdbc.sql("""
                SELECT kind, locked_until FROM sign_in_failure_counter
                WHERE ((kind = :accountKind AND subject = :account) OR (kind = :addressKind AND subject = :address))
                  AND locked_until > :now
                ORDER BY locked_until DESC LIMIT 1""")
                .param("accountKind", account.kind().name()).param("account", account.value())
                .param("addressKind", address.kind().name()).param("address", address.value())
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Lock(SignInSubject.Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("locked_until").toInstant()))
                .optional();
    }

    /**
     * Counts one failure against {@code subject}. A counter whose window has passed, or whose
     * lock has ended, starts again at one. Returns the lock end when this failure reaches {@code max}.
     */
    public Optional<Instant> recordFailure(SignInSubject subject, Instant now, Duration window, int max, Duration lock) {
        List<Timestamp> lockedUntil = jdbc.sql("""
                INSERT INTO sign_in_failure_counter AS c (kind, subject, window_start, failures, locked_until)
                VALUES (:kind, :subject, :now, 1, CASE WHEN 1 >= :max THEN CAST(:lockUntil AS TIMESTAMPTZ) END)
                ON CONFLICT (kind, subject) DO UPDATE SET
                    window_start = CASE WHEN c.window_start <= :windowFloor OR c.locked_until <= :now
                                        THEN CAST(:now AS TIMESTAMPTZ) ELSE c.window_start END,
                    failures = CASE WHEN c.window_start <= :windowFloor OR c.locked_until <= :now
                                    THEN 1 ELSE c.failures + 1 END,
                    locked_until = CASE
                        WHEN (CASE WHEN c.window_start <= :windowFloor OR c.locked_until <= :now
                                   THEN 1 ELSE c.failures + 1 END) >= :max THEN CAST(:lockUntil AS TIMESTAMPTZ)
                        WHEN c.window_start <= :windowFloor OR c.locked_until <= :now THEN NULL
                        ELSE c.locked_until END
                RETURNING locked_until""")
                .param("kind", subject.kind().name()).param("subject", subject.value())
                .param("now", Timestamp.from(now))
                .param("windowFloor", Timestamp.from(now.minus(window)))
                .param("max", max)
                .param("lockUntil", Timestamp.from(now.plus(lock)))
                .query(Timestamp.class).list();
        return lockedUntil.stream().filter(t -> t != null).map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now)).findFirst();
    }

    /** Forgets the failures counted against {@code subject} (after a successful sign-in). */
    public void reset(SignInSubject subject) {
        jdbc.sql("DELETE FROM sign_in_failure_counter WHERE kind = :kind AND subject = :subject")
                .param("kind", subject.kind().name()).param("subject", subject.value())
                .update();
    }

    /** Deletes counters whose window and lock are both over; returns how many. */
    public int deleteOutdated(Instant now, Duration window) {
        return jdbc.sql("""
                DELETE FROM sign_in_failure_counter
                WHERE window_start <= :windowFloor AND (locked_until IS NULL OR locked_until <= :now)""")
                .param("windowFloor", Timestamp.from(now.minus(window)))
                .param("now", Timestamp.from(now))
                .update();
    }
}
