package fr.plume.tool.certification.domain;

import java.util.UUID;

/**
 * A person enrolled in a session, by roster (with the platform's user identifier) or by launch.
 *
 * @param platformSubject the platform's user id from the roster ({@code sub}), null when enrolled by launch
 * @param userId          Plume's user once known
 * @param ineligibleReason why the profile does not meet the rule yet, null when eligible
 */
public record Candidate(UUID id, UUID memberId, UUID sessionId, String platformSubject, UUID userId,
        String holderName, int extraTimePercent, boolean accessibleItems, boolean eligible, String ineligibleReason,
        CandidateStatus status, UUID attemptId, Decision decision, String decisionReason, int neutralisedItems) {

    public Candidate withStatus(CandidateStatus next) {
        return new Candidate(id, memberId, sessionId, platformSubject, userId, holderName, extraTimePercent,
                accessibleItems, eligible, ineligibleReason, next, attemptId, decision, decisionReason,
                neutralisedItems);
    }
}
