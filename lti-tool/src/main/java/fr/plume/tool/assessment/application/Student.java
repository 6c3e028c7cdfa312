package fr.plume.tool.assessment.application;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is acting, taken from the current launch: every use case works for one member and one user,
 * so an attempt of another student or member is simply not found.
 */
public record Student(UUID memberId, UUID userId, UUID resourceLinkId, UUID contextId, Map<String, String> custom) {

    public Student {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(userId, "userId");
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }
}
