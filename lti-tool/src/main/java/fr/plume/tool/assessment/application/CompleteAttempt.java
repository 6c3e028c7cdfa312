package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.AttemptCompleted;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.Validity;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CertificationResultStore;
import fr.plume.tool.lti.api.GradeQueue;
import fr.plume.tool.lti.api.GradeToQueue;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an attempt: stores the result, its validity and the levels per competency, updates mastery,
 * queues the grade in the outbox and publishes {@link AttemptCompleted}, all in the same
 * transaction. A certifying attempt ended with too few answers is stored as invalid and publishes
 * nothing, so no score reaches the platform; a writing session publishes nothing either, as its
 * essay has no score until a teacher marks it. A valid certifying result is held as awaiting
 * publication (DESIGN §7): its grade is queued only when {@link PublishCertificationResult}
 * publishes it.
 */
@Component
public class CompleteAttempt {

    private static final Logger log = LoggerFactory.getLogger(CompleteAttempt.class);

    private final Attempts attempts;
    private final CertificationResultStore certificationResults;
    private final UpdateMastery mastery;
    private final GradeQueue grades;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CompleteAttempt(Attempts attempts, CertificationResultStore certificationResults, UpdateMastery mastery,
            GradeQueue grades, ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.certificationResults = certificationResults;
        this.mastery = mastery;
        this.grades = grades;
        this.events = events;
        this.clock = clock;
    }

    /** Must run inside the transaction that holds the attempt's row lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(Attempt attempt, AdaptiveTest test, EndReason reason) {
        Instant now = Instant.now(clock);
        if (attempt.writing()) {
            attempts.completeWithoutScore(attempt, reason, now);
            log.info("event=attempt.completed member={} attempt={} mode={} reason={} writing=true",
                    attempt.memberId(), attempt.id(), attempt.mode(), reason);
            return;
        }
        AbilityEstimate estimate = test.estimate();
        int scoreMaximum = AttemptState.scoring(attempt).scaleMax();
        Validity validity = Validity.of(attempt.mode(), estimate.itemCount());
        attempts.complete(attempt, reason, now, validity, estimate, scoreMaximum);
        if (attempt.mode() != TestMode.CERTIFICATION) {
            mastery.update(attempt.memberId(), attempt.userId());
        }
        if (!validity.valid()) {
            log.info("event=attempt.invalid member={} attempt={} mode={} reason={} invalid={} items={}",
                    attempt.memberId(), attempt.id(), attempt.mode(), reason, validity.reason(), estimate.itemCount());
            return;
        }
        if (attempt.mode() == TestMode.CERTIFICATION) {
            certificationResults.holdForPublication(attempt.memberId(), attempt.id(), now);
        } else {
            grades.queue(new GradeToQueue(attempt.id(), attempt.memberId(), attempt.userId(), attempt.resourceLinkId(),
                    attempt.contextId(), attempt.mode().name(), estimate.scaledScore(), scoreMaximum, now));
        }
        events.publishEvent(new AttemptCompleted(attempt.id(), attempt.memberId(), attempt.userId(),
                attempt.resourceLinkId(), attempt.contextId(), attempt.mode().name(), estimate.scaledScore(),
                scoreMaximum, now));
        log.info("event=attempt.completed member={} attempt={} mode={} reason={} items={}", attempt.memberId(),
                attempt.id(), attempt.mode(), reason, estimate.itemCount());
    }
}
