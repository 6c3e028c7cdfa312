package fr.plume.tool.lti.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What launches recorded about one course context: the activities placed in it and the people who
 * launched from it. Always within one member; the class dashboard merges it with the NRPS roster so
 * the class stays visible when the platform's roster cannot be read.
 */
public interface CourseDirectory {

    /**
     * An activity (resource link) of the course, as its launches or Deep Linking named it.
     *
     * @param activity the placed activity's {@code plume_activity} custom parameter, null when absent
     */
    record PlacedActivity(UUID resourceLinkId, String title, String activity) {
    }

    /**
     * Someone who launched from the course. Names are present only when the platform sent them and
     * must never be logged.
     */
    record Launcher(UUID userId, String subject, String name, String givenName, String familyName,
            Set<LtiRole> roles, Instant lastLaunchAt) {

        public Launcher {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    /** The course's activities, by title. */
    List<PlacedActivity> activities(UUID memberId, UUID contextId);

    /** Everyone who launched from the course, with the roles of their latest launch. */
    List<Launcher> launchers(UUID memberId, UUID contextId);
}
