package fr.plume.tool.lti.nrps.application;

import fr.plume.tool.lti.domain.TokenUnavailable;
import fr.plume.tool.lti.api.ClassRoster;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.api.Roster;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.lti.nrps.domain.PlatformMemberships;
import fr.plume.tool.lti.nrps.domain.NrpsEndpoints;
import fr.plume.tool.lti.nrps.domain.NrpsEndpoints.NrpsLink;
import fr.plume.tool.lti.nrps.domain.Rosters;
import fr.plume.tool.lti.nrps.domain.Rosters.RosterEntry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The roster from the PostgreSQL cache, fetched from the platform when absent or on demand. */
@Service
class ClassRosterService implements ClassRoster {

    private static final Logger log = LoggerFactory.getLogger(ClassRosterService.class);

    private final NrpsEndpoints endpoints;
    private final Rosters rosters;
    private final Registrations registrations;
    private final PlatformMemberships fetchMemberships;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ClassRosterService(NrpsEndpoints endpoints, Rosters rosters, Registrations registrations,
            PlatformMemberships fetchMemberships, Clock clock, TransactionTemplate transaction) {
        this.endpoints = endpoints;
        this.rosters = rosters;
        this.registrations = registrations;
        this.fetchMemberships = fetchMemberships;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public Roster members(UUID contextId, UUID memberId, boolean refresh) {
        Optional<Instant> fetchedAt = rosters.fetchedAt(memberId, contextId);
        String problem = null;
        if (refresh || fetchedAt.isEmpty()) {
            Optional<NrpsLink> link = endpoints.find(memberId, contextId);
            if (link.isEmpty()) {
                return fetchedAt.isEmpty() ? new Roster(contextId, false, null, List.of(), "NRPS-NOT-OFFERED")
                        : cached(contextId, memberId, fetchedAt.get(), "NRPS-NOT-OFFERED");
            }
            problem = refresh(link.get());
            fetchedAt = rosters.fetchedAt(memberId, contextId);
        }
        if (fetchedAt.isEmpty()) {
            return new Roster(contextId, false, null, List.of(), problem);
        }
        return cached(contextId, memberId, fetchedAt.get(), problem);
    }

    @Override
    public Roster cached(UUID contextId, UUID memberId) {
        return rosters.fetchedAt(memberId, contextId).map(at -> cached(contextId, memberId, at, null))
                .orElseGet(() -> new Roster(contextId, false, null, List.of(), null));
    }

    private Roster cached(UUID contextId, UUID memberId, Instant fetchedAt, String problem) {
        return new Roster(contextId, true, fetchedAt, rosters.members(memberId, contextId), problem);
    }

    /** Fetches and stores; returns a reason code when the platform could not be read. */
    private String refresh(NrpsLink link) {
        Optional<RegistrationView> registration = registrations.findById(link.registrationId())
                .filter(r -> r.memberId().equals(link.memberId()) || registrations.serves(r.id(), link.memberId()));
        if (registration.isEmpty()) {
            return "NRPS-PLATFORM-UNKNOWN";
        }
        try {
            List<RosterEntry> members = fetchMemberships.fetch(registration.get(), URI.create(link.membershipsUrl()));
            transaction.executeWithoutResult(s -> rosters.replace(link.memberId(), link.contextId(), members,
                    clock.instant()));
            log.info("event=lti.nrps.roster.refreshed context={} member={} size={}", link.contextId(),
                    link.memberId(), members.size());
            return null;
        } catch (IOException | TokenUnavailable e) {
            log.warn("event=lti.nrps.roster.unavailable context={} member={} error={} detail={}", link.contextId(),
                    link.memberId(), e.getClass().getSimpleName(), e.getMessage());
            return "NRPS-UNAVAILABLE";
        }
    }
}
