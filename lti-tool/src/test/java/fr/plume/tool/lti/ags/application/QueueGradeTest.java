package fr.plume.tool.lti.ags.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.ags.AgsFixtures;
import fr.plume.tool.lti.ags.domain.AgsEndpoints.AgsLink;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.ags.domain.GradeOutbox.GradeRow;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.support.InMemoryAgsEndpoints;
import fr.plume.tool.lti.support.InMemoryGradeOutbox;
import fr.plume.tool.support.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A grade written to the outbox, once, for links whose launch granted the score scope (when a
 * certification's grade is queued, at publication, is the assessment module's decision).
 */
class QueueGradeTest {

    private static final Instant COMPLETED = Instant.parse("2026-03-01T10:15:30.456Z");

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final InMemoryAgsEndpoints endpoints = new InMemoryAgsEndpoints();
    private final GradeMetrics metrics = new GradeMetrics(new SimpleMeterRegistry(), outbox, clock);
    private final QueueGrade queueGrade = new QueueGrade(outbox, endpoints, metrics, clock,
            new OutboxPolling(new fr.plume.tool.lti.ags.domain.AgsSettings(null, null, null, null, null, null, null, null,
                    null, null, null), clock));
    private final UUID memberId = UUID.randomUUID();

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private UUID link(List<String> scopes) {
        UUID link = UUID.randomUUID();
        endpoints.announce(new AgsLink(link, memberId, UUID.randomUUID(), "https://moodle.example/lineitems", null,
                scopes, null));
        return link;
    }

    private GradeToQueue completed(UUID link, String mode) {
        return new GradeToQueue(UUID.randomUUID(), memberId, UUID.randomUUID(), link, UUID.randomUUID(), mode, 72,
                100, COMPLETED);
    }

    @Test
    void queuesTheGradeOfACompletedAttemptOnAGradableLinkOnce() {
        GradeToQueue event = completed(link(AgsFixtures.ALL_SCOPES), "DIAGNOSTIC");

        queueGrade.queue(event);
        queueGrade.queue(event);

        GradeRow row = outbox.byAttempt(event.attemptId()).orElseThrow();
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.userId()).isEqualTo(event.userId());
        assertThat(row.scoreGiven()).isEqualTo(72);
        assertThat(row.scoreTimestamp()).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
        assertThat(row.nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(outbox.countByStatus("PENDING")).isEqualTo(1);
        assertThat(metrics.count("queued")).as("counted once").isEqualTo(1);
    }

    @Test
    void aLinkWithoutTheScoreScopeOrWithoutAgsQueuesNothing() {
        GradeToQueue readOnly = completed(link(List.of(AgsScopes.LINEITEM_READONLY)), "DIAGNOSTIC");
        GradeToQueue noAgs = completed(UUID.randomUUID(), "DIAGNOSTIC");
        GradeToQueue outsideLti = completed(null, "FORMATIVE");

        queueGrade.queue(readOnly);
        queueGrade.queue(noAgs);
        queueGrade.queue(outsideLti);

        assertThat(outbox.countByStatus("PENDING")).isZero();
        assertThat(metrics.count("queued")).isZero();
    }

    @Test
    void anotherMembersLinkIsNotGradable() {
        UUID link = link(AgsFixtures.ALL_SCOPES);
        GradeToQueue foreign = new GradeToQueue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), link,
                null, "DIAGNOSTIC", 72, 100, COMPLETED);

        queueGrade.queue(foreign);

        assertThat(outbox.byAttempt(foreign.attemptId())).isEmpty();
    }

    @Test
    void aCertificationGradeIsQueuedWithItsPublicationTime() {
        Instant publishedAt = COMPLETED.plusSeconds(86_400);
        GradeToQueue published = new GradeToQueue(UUID.randomUUID(), memberId, UUID.randomUUID(),
                link(AgsFixtures.ALL_SCOPES), null, "CERTIFICATION", 81, 100, publishedAt);

        queueGrade.queue(published);

        GradeRow row = outbox.byAttempt(published.attemptId()).orElseThrow();
        assertThat(row.mode()).isEqualTo("CERTIFICATION");
        assertThat(row.scoreGiven()).isEqualTo(81);
        assertThat(row.scoreTimestamp()).isEqualTo(publishedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void insideATransactionTheQueuedGradeIsCountedOnlyAfterCommit() {
        TransactionSynchronizationManager.initSynchronization();
        GradeToQueue event = completed(link(AgsFixtures.ALL_SCOPES), "DIAGNOSTIC");

        queueGrade.queue(event);

        assertThat(outbox.byAttempt(event.attemptId())).isPresent();
        assertThat(metrics.count("queued")).isZero();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(metrics.count("queued")).isEqualTo(1);
    }
}
