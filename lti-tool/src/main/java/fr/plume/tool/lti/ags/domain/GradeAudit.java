package fr.plume.tool.lti.ags.domain;

import java.time.Instant;
import java.util.UUID;

/** Who retried or discarded which dead letter, and when. */
public interface GradeAudit {

    void append(UUID memberId, UUID outboxId, String action, String actor, Instant at);

    long count(UUID outboxId, String action);
}
