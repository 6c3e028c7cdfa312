package fr.plume.tool.lti.ags.application;

import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import fr.plume.tool.lti.ags.domain.GradeOutbox;
import fr.plume.tool.lti.api.GradeQueue;
import fr.plume.tool.lti.api.GradeToQueue;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a grade to the outbox, synchronously, in the caller's transaction (the one that completes
 * the attempt, or publishes a certification result): both commit or neither does, so no grade is
 * ever lost between them. Which results become grades, and when (a certifying attempt's only once
 * published, DESIGN §7), is the assessment module's decision.
 */
@Component
public class QueueGrade implements GradeQueue {

    private static final Logger log = LoggerFactory.getLogger(QueueGrade.class);

    private final GradeOutbox outbox;
    private final AgsEndpoints endpoints;
    private final GradeMetrics metrics;
    private final Clock clock;
    private final OutboxPolling polling;

    QueueGrade(GradeOutbox outbox, AgsEndpoints endpoints, GradeMetrics metrics, Clock clock, OutboxPolling polling) {
        this.polling = polling;
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void queue(GradeToQueue grade) {
        if (grade.resourceLinkId() == null || grade.userId() == null) {
            return;
        }
        boolean gradable = endpoints.find(grade.memberId(), grade.resourceLinkId())
                .map(link -> link.scopes().contains(AgsScopes.SCORE)).orElse(false);
        if (!gradable) {
            log.info("event=lti.ags.grade.not-gradable attempt={} member={}", grade.attemptId(), grade.memberId());
            return;
        }
        if (outbox.enqueue(grade, clock.instant())) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        metrics.queued();
                        polling.wake();
                    }
                });
            } else {
                metrics.queued();
                polling.wake();
            }
            log.info("event=lti.ags.grade.queued attempt={} member={}", grade.attemptId(), grade.memberId());
        }
    }
}
