package fr.plume.tool.assessment.domain;

import java.time.Instant;
import java.util.UUID;

/** The browser sessions admitted to certifying attempts, known by a hash of their id. */
public interface AttemptAdmissions {

    void admit(UUID memberId, UUID attemptId, String sessionHash, Instant at);

    boolean admitted(UUID memberId, UUID attemptId, String sessionHash);
}
