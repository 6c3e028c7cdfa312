package fr.plume.tool.lti.nrps.domain;

import fr.plume.tool.lti.api.Roster;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cached rosters of course contexts. */
public interface Rosters {

    /** One member as the platform sent it; {@code groups} are the ids of its course groups, if any. */
    public record RosterEntry(String subject, String name, String givenName, String familyName, String email,
            List<String> roles, String status, List<String> groups) {

        public RosterEntry {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        public RosterEntry(String subject, String name, String givenName, String familyName, String email,
                List<String> roles, String status) {
            this(subject, name, givenName, familyName, email, roles, status, List.of());
        }
    }

    void replace(UUID memberId, UUID contextId, List<RosterEntry> members, Instant now);

    Optional<Instant> fetchedAt(UUID memberId, UUID contextId);

    List<Roster.Member> members(UUID memberId, UUID contextId);
}
