package fr.plume.tool.certification.application;

import java.util.UUID;

/**
 * A person launched from a certification activity (LTI), about to join or sitting a session.
 *
 * @param certificationId the activity's certification ({@code plume_activity}); null when the link is no
 *                        certification activity
 * @param extraTimePercent accommodation the platform sent, used only when the person is enrolled by launch
 */
public record Sitter(UUID memberId, UUID userId, String certificationId, int extraTimePercent,
        boolean accessibleItems) {
}
