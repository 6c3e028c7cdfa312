package fr.plume.tool.lti.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Users, course contexts, resource links and enrolments as launches announce them, per member. */
public interface LaunchRecords {

    public record Recorded(UUID userId, UUID contextId, UUID resourceLinkId) {
    }

    /** What a landing page may show about the launching person and course (never logged). */
    public record LaunchSummary(String displayName, String contextTitle, String resourceLinkTitle) {
    }

    /** Records a launch and spends its nonce; empty when the nonce was already spent. */
    Optional<Recorded> record(UUID memberId, UUID registrationId, LaunchClaims claims, Instant now,
            Instant nonceKeptUntil);

    /**
     * Records a launch attributed to {@code attributed.memberId()} (a shared platform's rule, or the
     * registration's member), keeping how it was attributed; empty when the nonce was already spent.
     */
    default Optional<Recorded> record(MemberAttribution.Attributed attributed, UUID registrationId,
            LaunchClaims claims, Instant now, Instant nonceKeptUntil) {
        return record(attributed.memberId(), registrationId, claims, now, nonceKeptUntil);
    }

    Optional<LaunchSummary> summary(UUID memberId, UUID userId, UUID contextId, UUID linkId);
}
