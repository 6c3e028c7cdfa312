package fr.plume.tool.lti.ags.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A grade claimed from the outbox for one delivery attempt, with what the score needs.
 *
 * @param leaseToken     proves this worker still holds the row when it records the outcome
 * @param attempts       attempts including this one
 * @param userSubject    the platform's {@code sub} of the student: the score's {@code userId}
 * @param platformLinkId the platform's resource link id (for line item lookup and creation)
 * @param activityId     the {@code plume_activity} custom parameter (the line item's resourceId), may be null
 */
public record ClaimedGrade(UUID id, UUID leaseToken, UUID attemptId, UUID memberId, UUID userId, UUID resourceLinkId,
        String mode, double scoreGiven, double scoreMaximum, Instant scoreTimestamp, int attempts, Instant queuedAt,
        String userSubject, String platformLinkId, String linkTitle, String activityId) {
}
