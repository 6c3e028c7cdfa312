package fr.plume.tool.lti.support;

import fr.plume.tool.lti.nrps.domain.NrpsEndpoints;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The memberships endpoints launches announced, in memory, per member and course context. */
public final class InMemoryNrpsEndpoints implements NrpsEndpoints {

    private record Key(UUID memberId, UUID contextId) {
    }

    private final Map<Key, NrpsLink> links = new ConcurrentHashMap<>();

    public NrpsLink announce(NrpsLink link) {
        links.put(new Key(link.memberId(), link.contextId()), link);
        return link;
    }

    @Override
    public Optional<NrpsLink> find(UUID memberId, UUID contextId) {
        return Optional.ofNullable(links.get(new Key(memberId, contextId)));
    }
}
