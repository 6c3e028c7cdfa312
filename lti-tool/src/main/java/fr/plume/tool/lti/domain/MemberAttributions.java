package fr.plume.tool.lti.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The attribution rule of each registration serving several members ({@link MemberAttribution}). */
public interface MemberAttributions {

    Optional<MemberAttribution> find(UUID registrationId);

    /** {@link #find}, read at most a few seconds ago: every launch reads it. */
    Optional<MemberAttribution> findRecent(UUID registrationId);

    /** Replaces the registration's rule and its list of values. */
    void save(MemberAttribution rule);

    /** The source of each registration's rule, for the registrations that have one. */
    java.util.Map<UUID, MemberAttribution.Source> sources();

    /** Removes the rule: launches go to the registration's member again. */
    void remove(UUID registrationId);

    /** One launch as the attribution page shows it: no name, the user id only. */
    record RecentLaunch(java.time.Instant at, UUID memberId, UUID userId, String course, List<String> roles,
            String key, MemberAttribution.Outcome outcome) {
    }

    /** The latest launches (one per person and course) through this registration, newest first. */
    List<RecentLaunch> recentLaunches(UUID registrationId, int limit);

    /** The latest launches (one per person and course) attributed to this member, newest first. */
    List<RecentLaunch> recentLaunchesOfMember(UUID memberId, int limit);
}
