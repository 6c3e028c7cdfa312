package fr.plume.tool.lti.support;

import fr.plume.tool.lti.api.Roster;
import fr.plume.tool.lti.domain.RoleMapping;
import fr.plume.tool.lti.nrps.domain.Rosters;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cached rosters in memory, per member and context; a roster entry names Plume's user when that
 * subject has launched ({@link #launched}), as the real cache joins the launch records.
 */
public final class InMemoryRosters implements Rosters {

    private record Key(UUID memberId, UUID contextId) {
    }

    private record Cached(List<RosterEntry> entries, Instant fetchedAt) {
    }

    private final Map<Key, Cached> rosters = new ConcurrentHashMap<>();
    private final Map<String, UUID> users = new ConcurrentHashMap<>();

    public void launched(UUID memberId, String subject, UUID userId) {
        users.put(memberId + " " + subject, userId);
    }

    @Override
    public void replace(UUID memberId, UUID contextId, List<RosterEntry> members, Instant now) {
        rosters.put(new Key(memberId, contextId), new Cached(List.copyOf(members), now));
    }

    @Override
    public Optional<Instant> fetchedAt(UUID memberId, UUID contextId) {
        return Optional.ofNullable(rosters.get(new Key(memberId, contextId))).map(Cached::fetchedAt);
    }

    @Override
    public List<Roster.Member> members(UUID memberId, UUID contextId) {
        Cached cached = rosters.get(new Key(memberId, contextId));
        if (cached == null) {
            return List.of();
        }
        return cached.entries().stream()
                .sorted(Comparator.comparing(RosterEntry::familyName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RosterEntry::givenName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RosterEntry::subject))
                .map(e -> new Roster.Member(e.subject(), users.get(memberId + " " + e.subject()), e.name(),
                        e.givenName(), e.familyName(), e.email(), RoleMapping.map(e.roles()), e.status(), e.groups()))
                .toList();
    }
}
