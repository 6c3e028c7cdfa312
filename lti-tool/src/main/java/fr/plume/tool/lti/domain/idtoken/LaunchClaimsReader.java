package fr.plume.tool.lti.domain.idtoken;

import static fr.plume.tool.lti.domain.idtoken.Claims.object;
import static fr.plume.tool.lti.domain.idtoken.Claims.string;
import static fr.plume.tool.lti.domain.idtoken.Claims.text;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.LaunchContext.AgsEndpoint;
import fr.plume.tool.lti.api.LaunchContext.NrpsEndpoint;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.RoleMapping;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the claims of an id_token that passed every validator into {@link LaunchClaims}. */
public final class LaunchClaimsReader {

    private LaunchClaimsReader() {
    }

    public static LaunchClaims read(JWTClaimsSet claims) {
        String messageType = string(claims, LtiClaims.MESSAGE_TYPE);
        List<String> rawRoles = ((List<?>) claims.getClaim(LtiClaims.ROLES)).stream().filter(String.class::isInstance)
                .map(String.class::cast).toList();
        LaunchClaims.ResourceLink link = null;
        DeepLinkingSettings deepLinking = null;
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            Map<String, Object> linkClaim = object(claims, LtiClaims.RESOURCE_LINK);
            link = new LaunchClaims.ResourceLink(text(linkClaim.get("id")), text(linkClaim.get("title")));
        } else {
            deepLinking = DeepLinkingSettings.parse(object(claims, LtiClaims.DEEP_LINKING_SETTINGS));
        }
        Map<String, Object> contextClaim = object(claims, LtiClaims.CONTEXT);
        LaunchClaims.Context context = null;
        if (contextClaim != null && text(contextClaim.get("id")) != null && !text(contextClaim.get("id")).isBlank()) {
            context = new LaunchClaims.Context(text(contextClaim.get("id")), text(contextClaim.get("label")),
                    text(contextClaim.get("title")));
        }
        LaunchClaims.Person person = new LaunchClaims.Person(string(claims, "given_name"),
                string(claims, "family_name"), string(claims, "name"), string(claims, "email"));
        Map<String, Object> presentation = object(claims, LtiClaims.LAUNCH_PRESENTATION);
        String locale = presentation == null ? string(claims, "locale") : text(presentation.get("locale"));

        return new LaunchClaims(claims.getIssuer(), claims.getSubject(), messageType,
                string(claims, LtiClaims.DEPLOYMENT_ID), string(claims, "nonce"),
                claims.getExpirationTime().toInstant(), rawRoles, RoleMapping.map(rawRoles), person, context, link,
                string(claims, LtiClaims.TARGET_LINK_URI), ags(object(claims, LtiClaims.AGS_ENDPOINT)),
                nrps(object(claims, LtiClaims.NRPS)), custom(object(claims, LtiClaims.CUSTOM), string(claims, LtiClaims.TARGET_LINK_URI)), locale, deepLinking,
                lis(object(claims, LtiClaims.LIS)));
    }

    private static LaunchClaims.Lis lis(Map<String, Object> claim) {
        return claim == null ? null
                : new LaunchClaims.Lis(text(claim.get("person_sourcedid")), text(claim.get("course_section_sourcedid")));
    }

    private static AgsEndpoint ags(Map<String, Object> claim) {
        if (claim == null) {
            return null;
        }
        List<String> scope = claim.get("scope") instanceof List<?> l
                ? l.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        return new AgsEndpoint(scope, uri(claim.get("lineitems")), uri(claim.get("lineitem")));
    }

    private static NrpsEndpoint nrps(Map<String, Object> claim) {
        if (claim == null) {
            return null;
        }
        List<String> versions = claim.get("service_versions") instanceof List<?> l
                ? l.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        URI url = uri(claim.get("context_memberships_url"));
        return url == null ? null : new NrpsEndpoint(url, versions);
    }

    private static URI uri(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(s);
            return uri.isAbsolute() ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The custom claim, completed by the {@code plume_*} parameters of the target link's query
     * when the claim lacks them: Moodle restores a Common Cartridge's LTI link with its launch
     * address but without its custom parameters, and the address alone must then open the right
     * activity. The claim wins when both say something; the target was checked to be this tool's.
     */
    private static Map<String, String> custom(Map<String, Object> claim, String targetLinkUri) {
        Map<String, String> custom = new LinkedHashMap<>();
        if (claim != null) {
            claim.forEach((k, v) -> {
                if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                    custom.put(k, v.toString());
                }
            });
        }
        TargetLinkParameters.of(targetLinkUri).forEach(custom::putIfAbsent);
        return custom;
    }
}
