package fr.plume.tool.lti.ags.application;

import fr.plume.tool.lti.ags.domain.GradeAudit;
import fr.plume.tool.lti.ags.domain.GradeOutbox;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retry or discard a dead letter of one member; each action is audited in the same transaction. */
@Service
public class ManageDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(ManageDeadLetters.class);

    private final GradeOutbox outbox;
    private final GradeAudit audit;
    private final Clock clock;

    ManageDeadLetters(GradeOutbox outbox, GradeAudit audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public boolean retry(UUID memberId, UUID gradeId, String actor) {
        Instant now = clock.instant();
        boolean done = outbox.requeue(memberId, gradeId, now);
        if (done) {
            audit.append(memberId, gradeId, "RETRY", actor, now);
            log.info("event=lti.ags.deadletter.retried grade={} member={}", gradeId, memberId);
        }
        return done;
    }

    @Transactional
    public boolean discard(UUID memberId, UUID gradeId, String actor) {
        Instant now = clock.instant();
        boolean done = outbox.discard(memberId, gradeId, now);
        if (done) {
            audit.append(memberId, gradeId, "DISCARD", actor, now);
            log.info("event=lti.ags.deadletter.discarded grade={} member={}", gradeId, memberId);
        }
        return done;
    }
}
