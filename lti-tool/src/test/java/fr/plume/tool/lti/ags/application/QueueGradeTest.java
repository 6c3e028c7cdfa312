package fr.plume.tool.lti.ags.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.ags.AgsFixtures;
import fr.plume.tool.lti.ags.domain.AgsEndpoints.AgsLink;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.ags.domain.GradeOutbox.GradeRow;
import fr.plume.tool.lti.support.InMemoryAgsEndpoints;
import fr.plume.tool.lti.support.InMemoryGradeOutbox;
import fr.plume.tool.shared.events.AttemptCompleted;
import fr.plume.tool.shared.events.CertificationResultPublished;
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
 * A completed attempt's grade written to the outbox, once, for links whose launch granted the
 * score scope; a certification's grade only when its result is published.
 */
class QueueGradeTest {

    private static final Instant COMPLETED = Instant.parse("2026-03-01T10:15:30.456Z");

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final InMemoryAgsEndpoints endpoints = new InMemoryAgsEndpoints();
    private final GradeMetrics metrics = new GradeMetrics(new SimpleMeterRegistry(), outbox);
    private final QueueGrade queueGrade = new QueueGrade(outbox, endpoints, metrics, clock);
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

    private AttemptCompleted completed(UUID link, String mode) {
        return new AttemptCompleted(UUID.randomUUID(), memberId, UUID.randomUUID(), link, UUID.randomUUID(), mode, 72,
                100, COMPLETED);
    }

    @Test
    void queuesTheGradeOfACompletedAttemptOnAGradableLinkOnce() {
        AttemptCompleted event = completed(link(AgsFixtures.ALL_SCOPES), "DIAGNOSTIC");

        queueGrade.on(event);
        queueGrade.on(event);

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
        AttemptCompleted readOnly = completed(link(List.of(AgsScopes.LINEITEM_READONLY)), "DIAGNOSTIC");
        AttemptCompleted noAgs = completed(UUID.randomUUID(), "DIAGNOSTIC");
        AttemptCompleted outsideLti = completed(null, "FORMATIVE");

        queueGrade.on(readOnly);
        queueGrade.on(noAgs);
        queueGrade.on(outsideLti);

        assertThat(outbox.countByStatus("PENDING")).isZero();
        assertThat(metrics.count("queued")).isZero();
    }

    @Test
    void anotherMembersLinkIsNotGradable() {
        UUID link = link(AgsFixtures.ALL_SCOPES);
        AttemptCompleted foreign = new AttemptCompleted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), link,
                null, "DIAGNOSTIC", 72, 100, COMPLETED);

        queueGrade.on(foreign);

        assertThat(outbox.byAttempt(foreign.attemptId())).isEmpty();
    }

    @Test
    void aCertificationGradeWaitsForThePublicationOfItsResult() {
        UUID link = link(AgsFixtures.ALL_SCOPES);
        AttemptCompleted certifying = completed(link, "CERTIFICATION");

        queueGrade.on(certifying);
        assertThat(outbox.byAttempt(certifying.attemptId())).as("held until publication").isEmpty();

        Instant publishedAt = COMPLETED.plusSeconds(86_400);
        queueGrade.on(new CertificationResultPublished(certifying.attemptId(), memberId, certifying.userId(), link,
                certifying.contextId(), 81, 100, publishedAt));

        GradeRow row = outbox.byAttempt(certifying.attemptId()).orElseThrow();
        assertThat(row.mode()).isEqualTo("CERTIFICATION");
        assertThat(row.scoreGiven()).isEqualTo(81);
        assertThat(row.scoreTimestamp()).isEqualTo(publishedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void insideATransactionTheQueuedGradeIsCountedOnlyAfterCommit() {
        TransactionSynchronizationManager.initSynchronization();
        AttemptCompleted event = completed(link(AgsFixtures.ALL_SCOPES), "DIAGNOSTIC");

        queueGrade.on(event);

        assertThat(outbox.byAttempt(event.attemptId())).isPresent();
        assertThat(metrics.count("queued")).isZero();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(metrics.count("queued")).isEqualTo(1);
    }
}
