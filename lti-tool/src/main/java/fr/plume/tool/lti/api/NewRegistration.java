package fr.plume.tool.lti.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A platform registration as an administrator (or the demo platform) declares it. */
public record NewRegistration(UUID memberId, String label, String issuer, String clientId, URI authorizationEndpoint,
        URI tokenEndpoint, URI jwksUri, List<String> deploymentIds) {

    public NewRegistration {
        deploymentIds = deploymentIds == null ? List.of() : List.copyOf(deploymentIds);
    }
}
