package fr.plume.tool.lti.ags.application;

import fr.plume.tool.shared.events.AttemptCompleted;
import fr.plume.tool.shared.events.CertificationResultPublished;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.ags.domain.GradeToQueue;
import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import fr.plume.tool.lti.ags.domain.GradeOutbox;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the grade of a completed attempt to the outbox, synchronously, in the transaction that
 * completes the attempt: both commit or neither does, so no grade is ever lost between them. A
 * certifying attempt's grade is held until its result is published (DESIGN §7): its completion
 * queues nothing, its publication ({@link CertificationResultPublished}) queues it, in the
 * publishing transaction.
 */
@Component
public class QueueGrade {

    private static final Logger log = LoggerFactory.getLogger(QueueGrade.class);

    private final GradeOutbox outbox;
    private final AgsEndpoints endpoints;
    private final GradeMetrics metrics;
    private final Clock clock;

    QueueGrade(GradeOutbox outbox, AgsEndpoints endpoints, GradeMetrics metrics, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener
    public void on(AttemptCompleted event) {
        if (GradeToQueue.CERTIFICATION.equals(event.mode())) {
            log.info("event=lti.ags.grade.held-until-publication attempt={} member={}", event.attemptId(),
                    event.memberId());
            return;
        }
        queue(GradeToQueue.of(event));
    }

    @EventListener
    public void on(CertificationResultPublished event) {
        queue(GradeToQueue.of(event));
    }

    private void queue(GradeToQueue grade) {
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
                    }
                });
            } else {
                metrics.queued();
            }
            log.info("event=lti.ags.grade.queued attempt={} member={}", grade.attemptId(), grade.memberId());
        }
    }
}
