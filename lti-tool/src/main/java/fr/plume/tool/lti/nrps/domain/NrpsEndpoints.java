package fr.plume.tool.lti.nrps.domain;

import java.util.Optional;
import java.util.UUID;

/** The memberships endpoints launches announced, per course context. */
public interface NrpsEndpoints {

    public record NrpsLink(UUID contextId, UUID memberId, UUID registrationId, String membershipsUrl) {
    }

    Optional<NrpsLink> find(UUID memberId, UUID contextId);
}
