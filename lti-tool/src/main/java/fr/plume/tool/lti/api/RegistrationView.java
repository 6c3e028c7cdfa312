package fr.plume.tool.lti.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A stored platform registration; {@code status} is PENDING, ACTIVE or DISABLED. */
public record RegistrationView(UUID id, UUID memberId, String label, String issuer, String clientId,
        URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, List<String> deploymentIds, String status) {

    public RegistrationView {
        deploymentIds = deploymentIds == null ? List.of() : List.copyOf(deploymentIds);
    }
}
