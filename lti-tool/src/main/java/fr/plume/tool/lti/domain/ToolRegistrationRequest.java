package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LtiClaims;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client registration the tool POSTs to a platform (LTI Dynamic Registration §3.5.2,
 * OpenID Connect Dynamic Client Registration §2): what it needs, where it lives, which messages
 * and services it uses.
 */
public final class ToolRegistrationRequest {

    private ToolRegistrationRequest() {
    }

    /** @param toolUrl the tool's public base URL, without trailing slash */
    public static Map<String, Object> build(String toolUrl, String domain) {
        String launch = toolUrl + "/lti/launch";
        Map<String, Object> toolConfiguration = new LinkedHashMap<>();
        toolConfiguration.put("domain", domain);
        toolConfiguration.put("description",
                "Évaluer, faire progresser et certifier le français écrit / Assess and certify written French");
        toolConfiguration.put("target_link_uri", launch);
        toolConfiguration.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale"));
        toolConfiguration.put("messages", List.of(
                Map.of("type", LtiClaims.RESOURCE_LINK_REQUEST, "target_link_uri", launch),
                Map.of("type", LtiClaims.DEEP_LINKING_REQUEST, "target_link_uri", launch,
                        "label", "Plume", "placements", List.of("ContentArea"))));

        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("application_type", "web");
        registration.put("response_types", List.of("id_token"));
        registration.put("grant_types", List.of("implicit", "client_credentials"));
        registration.put("initiate_login_uri", toolUrl + "/lti/login");
        registration.put("redirect_uris", List.of(launch));
        registration.put("client_name", "Plume");
        registration.put("jwks_uri", toolUrl + "/.well-known/jwks.json");
        registration.put("token_endpoint_auth_method", "private_key_jwt");
        registration.put("scope", String.join(" ", LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY,
                LtiClaims.SCOPE_RESULT_READONLY, LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_NRPS));
        registration.put(LtiClaims.TOOL_CONFIGURATION, toolConfiguration);
        return registration;
    }
}
