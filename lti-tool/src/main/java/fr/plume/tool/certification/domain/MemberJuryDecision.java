package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A member university jury's decision on a candidate of its own (as in the DAEU consortium).
 *
 * @param reason why the jury deferred (required then), null for an endorsement
 */
public record MemberJuryDecision(UUID candidateId, UUID memberId, UUID sessionId, MemberJuryVerdict verdict,
        String reason, String decidedBy, Instant decidedAt) {
}
