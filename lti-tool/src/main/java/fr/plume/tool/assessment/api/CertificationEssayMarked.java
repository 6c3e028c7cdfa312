package fr.plume.tool.assessment.api;

import java.util.UUID;

/**
 * A marker marked an essay of a certifying attempt (double marking), published in the marking
 * transaction so the certification audit log records every mark with it.
 *
 * @param round      1 or 2 (independent markers), 3 (third marker)
 * @param stage      {@code AWAITING_SECOND}, {@code AWAITING_THIRD} or {@code FINAL} after this mark
 * @param finalLevel the decided level once {@code stage} is FINAL, else null
 */
public record CertificationEssayMarked(UUID memberId, UUID attemptId, int position, int round, UUID markerId,
        int level, String stage, Integer finalLevel) {
}
