package fr.plume.tool.lti.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A course's members as the platform listed them.
 *
 * @param available false when the platform offers no NRPS for this context (nothing fetched yet)
 * @param fetchedAt when the platform was last asked, null if never
 * @param problem   a reason code when the last refresh failed (e.g. {@code NRPS-UNAVAILABLE}), else null
 */
public record Roster(UUID contextId, boolean available, Instant fetchedAt, List<Member> members, String problem) {

    public Roster {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** Learners of the roster. */
    public List<Member> learners() {
        return members.stream().filter(m -> m.roles().contains(LtiRole.LEARNER)).toList();
    }

    /**
     * One member. Personal data (names, e-mail) is present only when the platform shares it and
     * must never be logged.
     *
     * @param subject  the platform's user id ({@code sub})
     * @param userId   Plume's user id when this person has launched the tool, else null
     * @param status   Active (Moodle lists only active members), Inactive or Deleted
     * @param groups   the course groups the platform put this member in (NRPS {@code group_enrollments}),
     *                 empty when it sends none (Moodle's NRPS never does)
     */
    public record Member(String subject, UUID userId, String name, String givenName, String familyName, String email,
            Set<LtiRole> roles, String status, List<String> groups) {

        public Member {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        public Member(String subject, UUID userId, String name, String givenName, String familyName, String email,
                Set<LtiRole> roles, String status) {
            this(subject, userId, name, givenName, familyName, email, roles, status, List.of());
        }
    }
}
