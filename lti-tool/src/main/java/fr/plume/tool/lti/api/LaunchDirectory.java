package fr.plume.tool.lti.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to the platform identifiers launches recorded: which course and which user a Plume
 * id stands for on its platform (for Moodle, the course id and the user id). Always within one member.
 */
public interface LaunchDirectory {

    /**
     * A course as its platform named it.
     *
     * @param issuer            the platform's issuer (Moodle: its wwwroot)
     * @param platformContextId the context id the platform sent (Moodle: the course id)
     * @param title             the course title, null when the platform did not send one
     */
    record PlatformContext(UUID contextId, String issuer, String platformContextId, String title) {
    }

    Optional<PlatformContext> context(UUID memberId, UUID contextId);

    /** The platform subject ({@code sub}) of each of these users that launched from {@code issuer}. */
    Map<UUID, String> subjects(UUID memberId, String issuer, Collection<UUID> userIds);

    /**
     * A user as their platform knows them: the subject ({@code sub}) and the name it sent (null when
     * it sent none). For certification: matching a roster row and the name on a certificate.
     */
    record PlatformUser(UUID userId, String issuer, String subject, String name) {
    }

    default Optional<PlatformUser> user(UUID memberId, UUID userId) {
        throw new UnsupportedOperationException("user lookup not provided");
    }

    /**
     * The Plume user of each of these platform subjects, on any platform of the member; a subject
     * that two platforms of the member share is left out, as it names no single person.
     */
    default Map<String, UUID> usersBySubject(UUID memberId, Collection<String> subjects) {
        throw new UnsupportedOperationException("user lookup not provided");
    }
}
