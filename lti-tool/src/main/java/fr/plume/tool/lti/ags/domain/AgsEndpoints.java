package fr.plume.tool.lti.ags.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The AGS endpoints launches announced, per resource link. */
public interface AgsEndpoints {

    public record AgsLink(UUID resourceLinkId, UUID memberId, UUID registrationId, String lineItemsUrl,
            String lineItemUrl, List<String> scopes, String resolvedLineItemUrl) {
    }

    Optional<AgsLink> find(UUID memberId, UUID resourceLinkId);

    void resolved(UUID memberId, UUID resourceLinkId, String lineItemUrl);
}
