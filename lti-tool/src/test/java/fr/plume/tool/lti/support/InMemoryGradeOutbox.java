package fr.plume.tool.lti.support;

import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.domain.GradeOutbox;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.ags.domain.ScoreTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The grade outbox in memory, with the table's rules: idempotent on the attempt, increasing
 * timestamps per user and link, leases whose token must still be held to record an outcome,
 * dead letters that only their member may retry or discard.
 */
public final class InMemoryGradeOutbox implements GradeOutbox {

    /** What a launch recorded about a link, which a claimed grade carries to the platform. */
    public record LinkFacts(String platformLinkId, String title, String activityId) {
    }

    private static final class Row {
        final UUID id = UUID.randomUUID();
        final GradeToQueue grade;
        final Instant scoreTimestamp;
        final Instant createdAt;
        String status = "PENDING";
        int attempts;
        Instant nextAttemptAt;
        Instant queuedAt;
        Instant lockedUntil;
        UUID leaseToken;
        Integer lastStatus;
        String lastError;
        Instant updatedAt;

        Row(GradeToQueue grade, Instant scoreTimestamp, Instant now) {
            this.grade = grade;
            this.scoreTimestamp = scoreTimestamp;
            this.createdAt = now;
            this.nextAttemptAt = now;
            this.queuedAt = now;
            this.updatedAt = now;
        }

        GradeRow view() {
            return new GradeRow(id, grade.attemptId(), grade.memberId(), grade.userId(), grade.resourceLinkId(),
                    grade.mode() == null ? "UNKNOWN" : grade.mode(), grade.scoreGiven(), grade.scoreMaximum(),
                    scoreTimestamp, status, attempts, nextAttemptAt, lastStatus, lastError, createdAt, updatedAt);
        }

        boolean failed() {
            return status.equals("DEAD") || (status.equals("PENDING") && lastError != null);
        }
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final Map<UUID, String> subjects = new LinkedHashMap<>();
    private final Map<UUID, LinkFacts> links = new LinkedHashMap<>();

    /** The platform's {@code sub} of a user (by default the user id itself). */
    public synchronized void user(UUID userId, String subject) {
        subjects.put(userId, subject);
    }

    public synchronized void link(UUID resourceLinkId, LinkFacts facts) {
        links.put(resourceLinkId, facts);
    }

    @Override
    public synchronized boolean enqueue(GradeToQueue grade, Instant now) {
        if (rows.values().stream().anyMatch(r -> r.grade.attemptId().equals(grade.attemptId()))) {
            return false;
        }
        Instant previous = rows.values().stream()
                .filter(r -> r.grade.memberId().equals(grade.memberId()) && r.grade.userId().equals(grade.userId())
                        && r.grade.resourceLinkId().equals(grade.resourceLinkId()))
                .map(r -> r.scoreTimestamp).max(Comparator.naturalOrder()).orElse(null);
        Row row = new Row(grade, ScoreTimestamp.choose(grade.scoredAt(), previous), now);
        rows.put(row.id, row);
        return true;
    }

    @Override
    public synchronized List<ClaimedGrade> claim(Instant now, Duration lease, int limit) {
        UUID token = UUID.randomUUID();
        List<ClaimedGrade> claimed = new ArrayList<>();
        rows.values().stream()
                .filter(r -> r.status.equals("PENDING") && !r.nextAttemptAt.isAfter(now)
                        && (r.lockedUntil == null || !r.lockedUntil.isAfter(now)))
                .sorted(Comparator.comparing(r -> r.nextAttemptAt)).limit(limit).forEach(r -> {
                    r.lockedUntil = now.plus(lease);
                    r.leaseToken = token;
                    r.attempts++;
                    r.updatedAt = now;
                    LinkFacts link = links.getOrDefault(r.grade.resourceLinkId(), new LinkFacts(null, null, null));
                    claimed.add(new ClaimedGrade(r.id, token, r.grade.attemptId(), r.grade.memberId(),
                            r.grade.userId(), r.grade.resourceLinkId(), r.grade.mode(), r.grade.scoreGiven(),
                            r.grade.scoreMaximum(), r.scoreTimestamp, r.attempts, r.queuedAt,
                            subjects.getOrDefault(r.grade.userId(), r.grade.userId().toString()),
                            link.platformLinkId(), link.title(), link.activityId()));
                });
        return claimed;
    }

    @Override
    public synchronized boolean finish(ClaimedGrade grade, String status, int httpStatus, Instant now) {
        return settle(grade, now, r -> {
            r.status = status;
            r.lastStatus = httpStatus;
        });
    }

    @Override
    public synchronized int delivered(List<ClaimedGrade> grades, Instant now) {
        int count = 0;
        for (ClaimedGrade grade : grades) {
            if (finish(grade, "DELIVERED", 200, now)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized boolean retryAt(ClaimedGrade grade, Instant next, int httpStatus, String error, Instant now) {
        return settle(grade, now, r -> {
            r.nextAttemptAt = next;
            r.lastStatus = httpStatus;
            r.lastError = error;
        });
    }

    @Override
    public synchronized boolean dead(ClaimedGrade grade, int httpStatus, String error, Instant now) {
        return settle(grade, now, r -> {
            r.status = "DEAD";
            r.lastStatus = httpStatus;
            r.lastError = error;
        });
    }

    @Override
    public synchronized boolean requeue(UUID memberId, UUID id, Instant now) {
        return changeDead(memberId, id, r -> {
            r.status = "PENDING";
            r.attempts = 0;
            r.nextAttemptAt = now;
            r.queuedAt = now;
            r.updatedAt = now;
        });
    }

    @Override
    public synchronized boolean discard(UUID memberId, UUID id, Instant now) {
        return changeDead(memberId, id, r -> {
            r.status = "DISCARDED";
            r.updatedAt = now;
        });
    }

    @Override
    public synchronized List<GradeRow> failures(UUID memberId, int limit) {
        return rows.values().stream().filter(r -> r.grade.memberId().equals(memberId) && r.failed())
                .sorted(Comparator.comparing((Row r) -> r.updatedAt).reversed()).limit(limit).map(Row::view).toList();
    }

    @Override
    public synchronized Optional<GradeRow> byAttempt(UUID attemptId) {
        return rows.values().stream().filter(r -> r.grade.attemptId().equals(attemptId)).findFirst().map(Row::view);
    }

    @Override
    public synchronized Map<UUID, Long> failureCounts() {
        return rows.values().stream().filter(Row::failed)
                .collect(Collectors.groupingBy(r -> r.grade.memberId(), TreeMap::new, Collectors.counting()));
    }

    @Override
    public synchronized long countByStatus(String status) {
        return rows.values().stream().filter(r -> r.status.equals(status)).count();
    }

    @Override
    public synchronized Optional<Instant> oldestPendingQueuedAt() {
        return rows.values().stream().filter(r -> r.status.equals("PENDING")).map(r -> r.queuedAt)
                .min(Instant::compareTo);
    }

    /** Applies {@code change} to the row {@code grade} still holds the lease of, then releases it. */
    private boolean settle(ClaimedGrade grade, Instant now, Consumer<Row> change) {
        return held(grade).map(r -> {
            change.accept(r);
            release(r, now);
            return true;
        }).orElse(false);
    }

    private boolean changeDead(UUID memberId, UUID id, Consumer<Row> change) {
        return deadOf(memberId, id).map(r -> {
            change.accept(r);
            return true;
        }).orElse(false);
    }

    private Optional<Row> held(ClaimedGrade grade) {
        Row row = rows.get(grade.id());
        return row != null && row.status.equals("PENDING") && grade.leaseToken().equals(row.leaseToken)
                ? Optional.of(row) : Optional.empty();
    }

    private Optional<Row> deadOf(UUID memberId, UUID id) {
        Row row = rows.get(id);
        return row != null && row.grade.memberId().equals(memberId) && row.status.equals("DEAD")
                ? Optional.of(row) : Optional.empty();
    }

    private static void release(Row r, Instant now) {
        r.lockedUntil = null;
        r.leaseToken = null;
        r.updatedAt = now;
    }
}
