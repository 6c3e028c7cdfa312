package fr.plume.tool.lti.api;

import java.io.Serializable;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a validated launch tells the rest of the tool, kept in the (PostgreSQL-backed) HTTP
 * session. Holds ids only, never the person's name or e-mail, so it is safe to log its ids.
 *
 * @param memberId       the member owning the registration that launched
 * @param registrationId the platform registration
 * @param userId         Plume's user id (keyed by issuer + sub)
 * @param contextId      Plume's course context id, null when the launch had no context claim
 * @param resourceLinkId Plume's resource link id, null for Deep Linking requests
 * @param messageType    LtiResourceLinkRequest or LtiDeepLinkingRequest
 * @param roles          recognised roles (unknown ones are dropped)
 * @param ags            the Assignment and Grade Services claim, null when absent
 * @param nrps           the Names and Role Provisioning Services claim, null when absent
 * @param custom         custom parameters sent by the platform
 * @param locale         the launch locale (launch_presentation.locale) or null
 */
public record LaunchContext(UUID memberId, UUID registrationId, UUID userId, UUID contextId, UUID resourceLinkId,
        String messageType, Set<LtiRole> roles, AgsEndpoint ags, NrpsEndpoint nrps, Map<String, String> custom,
        Locale locale) implements Serializable {

    public LaunchContext {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    public boolean has(LtiRole role) {
        return roles.contains(role);
    }

    /**
     * The teaching team of the course: its Instructors and Teaching Assistants (context roles).
     * An administrator of the platform or institution is not, unless they also hold one of these.
     */
    public boolean teaches() {
        return has(LtiRole.INSTRUCTOR) || has(LtiRole.TEACHING_ASSISTANT);
    }

    /** The AGS claim (https://purl.imsglobal.org/spec/lti-ags/claim/endpoint). */
    public record AgsEndpoint(List<String> scope, URI lineItems, URI lineItem) implements Serializable {
        public AgsEndpoint {
            scope = scope == null ? List.of() : List.copyOf(scope);
        }
    }

    /** The NRPS claim (https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice). */
    public record NrpsEndpoint(URI contextMembershipsUrl, List<String> serviceVersions) implements Serializable {
        public NrpsEndpoint {
            serviceVersions = serviceVersions == null ? List.of() : List.copyOf(serviceVersions);
        }
    }
}
