package fr.plume.tool.lti.nrps.domain;

import fr.plume.tool.lti.api.Roster;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cached rosters of course contexts. */
public interface Rosters {

    /** One member as the platform sent it. */
    public record RosterEntry(String subject, String name, String givenName, String familyName, String email,
            List<String> roles, String status) {
    }

    void replace(UUID memberId, UUID contextId, List<RosterEntry> members, Instant now);

    Optional<Instant> fetchedAt(UUID memberId, UUID contextId);

    List<Roster.Member> members(UUID memberId, UUID contextId);
}
