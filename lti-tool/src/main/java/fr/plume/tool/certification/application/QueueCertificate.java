package fr.plume.tool.certification.application;

import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.domain.IssueRequests;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a certificate for a published candidate, in the publishing transaction itself: a
 * publication is never committed without its request, and a second event for the same candidate
 * queues nothing (the candidate id is the key). {@link IssueCertificate} drains the queue.
 */
@Component
public class QueueCertificate {

    private final IssueRequests requests;
    private final Clock clock;
    private final IssuePolling polling;

    QueueCertificate(IssueRequests requests, Clock clock, IssuePolling polling) {
        this.requests = requests;
        this.clock = clock;
        this.polling = polling;
    }

    @EventListener
    public void on(CandidateCertified event) {
        requests.enqueue(event, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    polling.wake();
                }
            });
        } else {
            polling.wake();
        }
    }
}
