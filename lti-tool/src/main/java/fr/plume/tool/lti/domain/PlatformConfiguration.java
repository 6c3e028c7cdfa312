package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LtiClaims;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The parts of a platform's OpenID configuration (LTI Dynamic Registration §3.4) the tool uses.
 */
public record PlatformConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
        URI registrationEndpoint, String productFamily, List<String> signingAlgorithms) {

    /** Reads the configuration, or throws LTI-REGISTER-CONFIGURATION-INVALID naming nothing personal. */
    public static PlatformConfiguration parse(Map<String, Object> json) {
        String issuer = json.get("issuer") instanceof String s && !s.isBlank() ? s : null;
        URI auth = uri(json.get("authorization_endpoint"));
        URI token = uri(json.get("token_endpoint"));
        URI jwks = uri(json.get("jwks_uri"));
        URI registration = uri(json.get("registration_endpoint"));
        if (issuer == null || auth == null || token == null || jwks == null || registration == null) {
            throw new LaunchRejected("LTI-REGISTER-CONFIGURATION-INVALID", 400);
        }
        String family = null;
        if (json.get(LtiClaims.PLATFORM_CONFIGURATION) instanceof Map<?, ?> platform
                && platform.get("product_family_code") instanceof String code) {
            family = code;
        }
        List<String> algorithms = json.get("id_token_signing_alg_values_supported") instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        return new PlatformConfiguration(issuer, auth, token, jwks, registration, family, algorithms);
    }

    /**
     * LTI Dynamic Registration §3.5.1: the configuration URL must start with the issuer, so a
     * page on one site cannot vouch for another issuer. Compared on a path boundary, so
     * {@code https://moodle.example.evil} does not pass for {@code https://moodle.example}.
     */
    public boolean servedFrom(URI configurationUrl) {
        String url = configurationUrl.toString();
        String base = issuer.endsWith("/") ? issuer : issuer + "/";
        return url.equals(issuer) || url.startsWith(base);
    }

    public boolean signsWithRs256() {
        return signingAlgorithms.isEmpty() || signingAlgorithms.contains("RS256");
    }

    private static URI uri(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(s);
            return uri.isAbsolute() && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
