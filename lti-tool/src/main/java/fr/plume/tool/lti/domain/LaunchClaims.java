package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.LaunchContext.AgsEndpoint;
import fr.plume.tool.lti.api.LaunchContext.NrpsEndpoint;
import fr.plume.tool.lti.api.LtiRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The claims of an id_token that passed every check of validator of an id_token (package {@code idtoken}). */
public record LaunchClaims(String issuer, String subject, String messageType, String deploymentId, String nonce,
        Instant expiresAt, List<String> rawRoles, Set<LtiRole> roles, Person person, Context context,
        ResourceLink resourceLink, String targetLinkUri, AgsEndpoint ags, NrpsEndpoint nrps,
        Map<String, String> custom, String locale, DeepLinkingSettings deepLinking, Lis lis) {

    /** A launch without the {@code lis} claim. */
    public LaunchClaims(String issuer, String subject, String messageType, String deploymentId, String nonce,
            Instant expiresAt, List<String> rawRoles, Set<LtiRole> roles, Person person, Context context,
            ResourceLink resourceLink, String targetLinkUri, AgsEndpoint ags, NrpsEndpoint nrps,
            Map<String, String> custom, String locale, DeepLinkingSettings deepLinking) {
        this(issuer, subject, messageType, deploymentId, nonce, expiresAt, rawRoles, roles, person, context,
                resourceLink, targetLinkUri, ags, nrps, custom, locale, deepLinking, null);
    }

    /**
     * The LIS claim (LTI Core §5.3.7): Moodle fills {@code person_sourcedid} with the user's ID number
     * and {@code course_section_sourcedid} with the course's ID number; each is null when absent.
     */
    public record Lis(String personSourcedId, String courseSectionSourcedId) {
    }

    /** Optional personal data; each part is null when the platform's privacy settings withhold it. */
    public record Person(String givenName, String familyName, String name, String email) {
    }

    public record Context(String id, String label, String title) {
    }

    public record ResourceLink(String id, String title) {
    }

    public boolean isDeepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }
}
