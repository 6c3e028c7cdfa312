package fr.plume.tool.lti.support;

import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The AGS endpoints launches announced, in memory, per member and resource link. */
public final class InMemoryAgsEndpoints implements AgsEndpoints {

    private record Key(UUID memberId, UUID resourceLinkId) {
    }

    private final Map<Key, AgsLink> links = new ConcurrentHashMap<>();

    /** What a launch of this link announced. */
    public AgsLink announce(AgsLink link) {
        links.put(new Key(link.memberId(), link.resourceLinkId()), link);
        return link;
    }

    @Override
    public Optional<AgsLink> find(UUID memberId, UUID resourceLinkId) {
        return Optional.ofNullable(links.get(new Key(memberId, resourceLinkId)));
    }

    @Override
    public void resolved(UUID memberId, UUID resourceLinkId, String lineItemUrl) {
        links.computeIfPresent(new Key(memberId, resourceLinkId), (k, l) -> new AgsLink(l.resourceLinkId(),
                l.memberId(), l.registrationId(), l.lineItemsUrl(), l.lineItemUrl(), l.scopes(), lineItemUrl));
    }
}
