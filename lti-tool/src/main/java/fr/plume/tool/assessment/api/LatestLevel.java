package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The level a student's latest completed attempt reported on one competency in one course.
 *
 * @param userId         Plume's user id (the LTI module's, keyed by issuer + sub)
 * @param contextId      Plume's course context id
 * @param resourceLinkId the activity the attempt was taken in
 * @param attemptId      the attempt that reported the level
 * @param competencyCode the framework code ("2.3")
 * @param level          1–6
 */
public record LatestLevel(UUID userId, UUID contextId, UUID resourceLinkId, UUID attemptId, ResultMode mode,
        String competencyCode, int level, Instant completedAt) {
}
