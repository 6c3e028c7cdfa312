package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.UUID;

/** One sitting of a certification in a centre's room. */
public record CertificationSession(UUID id, UUID memberId, UUID centreId, String certificationId, Instant startsAt,
        String room, int capacity, int durationMinutes, AccessCode accessCode, String pinHash, int pinFailures,
        boolean finalised) {

    public boolean pinLocked() {
        return pinFailures >= InvigilatorPin.MAX_FAILURES;
    }

    /** What a browser that gave this session's current PIN holds: a new PIN voids it. */
    public String invigilationGrant() {
        return HashedKey.of("invigilation", id + ":" + pinHash);
    }
}
