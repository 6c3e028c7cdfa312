package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.CertificationPublication;
import fr.plume.tool.assessment.api.CertificationResult;
import fr.plume.tool.assessment.api.CertificationResultPublished;
import fr.plume.tool.assessment.domain.CertificationResultStore;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.lti.api.GradeQueue;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a certification result: marks it published, queues its grade in the outbox and
 * publishes {@link CertificationResultPublished}, in the same transaction. The result's row lock
 * and the status check make a second publication (a double click, another node) change nothing and
 * queue nothing.
 */
@Component
public class PublishCertificationResult implements CertificationPublication {

    private static final Logger log = LoggerFactory.getLogger(PublishCertificationResult.class);

    private final CertificationResultStore results;
    private final GradeQueue grades;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishCertificationResult(CertificationResultStore results, GradeQueue grades, ApplicationEventPublisher events,
            Clock clock) {
        this.results = results;
        this.grades = grades;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome publish(UUID memberId, UUID attemptId, String publishedBy) {
        return publish(memberId, attemptId, publishedBy, null);
    }

    @Override
    @Transactional
    public Outcome publish(UUID memberId, UUID attemptId, String publishedBy, Integer rescoredScore) {
        CertificationResult result = results.lock(memberId, attemptId)
                .orElseThrow(() -> new PlumeProblemException("ASSESSMENT-RESULT-NOT-FOUND", 404));
        Instant now = Instant.now(clock);
        int score = rescoredScore == null ? result.scaledScore() : rescoredScore;
        if (result.published() || !results.markPublished(memberId, attemptId, now, publishedBy, score)) {
            log.info("event=certification.result.already-published member={} attempt={}", memberId, attemptId);
            return Outcome.ALREADY_PUBLISHED;
        }
        grades.queue(new GradeToQueue(result.attemptId(), result.memberId(), result.userId(), result.resourceLinkId(),
                result.contextId(), TestMode.CERTIFICATION.name(), score, result.scoreMaximum(), now));
        events.publishEvent(new CertificationResultPublished(result.attemptId(), result.memberId(), result.userId(),
                result.resourceLinkId(), result.contextId(), score, result.scoreMaximum(), now));
        log.info("event=certification.result.published member={} attempt={}", memberId, attemptId);
        return Outcome.PUBLISHED;
    }
}
