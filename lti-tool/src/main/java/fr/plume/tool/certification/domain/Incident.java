package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * @param startedAt  when the trouble began (the invigilator says how long ago), at most recordedAt
 */
public record Incident(UUID id, UUID memberId, UUID sessionId, UUID candidateId, IncidentKind kind, String note,
        Instant startedAt, Instant recordedAt, String recordedBy) {

    /** Whether an item answered at {@code at} was hit by this incident (technical ones only). */
    public boolean neutralises(Instant at) {
        return kind == IncidentKind.TECHNICAL && !at.isBefore(startedAt) && !at.isAfter(recordedAt);
    }
}
