package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LtiRole;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps the roles of a launch to Plume's roles. Accepts the full LIS vocabulary URIs and the
 * simple names LTI Core §A.2.3.1 still allows for context roles (Moodle sends "Instructor",
 * "Learner"… in NRPS and some launches). Unknown roles are ignored, never an error.
 */
public final class RoleMapping {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String LIS_V1 = "urn:lti:role:ims/lis/";

    private static final Map<String, LtiRole> CONTEXT_ROLES = Map.of(
            "Learner", LtiRole.LEARNER,
            "Instructor", LtiRole.INSTRUCTOR,
            "ContentDeveloper", LtiRole.CONTENT_DEVELOPER,
            "Mentor", LtiRole.MENTOR,
            "Administrator", LtiRole.ADMINISTRATOR,
            "TeachingAssistant", LtiRole.TEACHING_ASSISTANT);

    private static final Map<String, LtiRole> FULL_URIS = Map.of(
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant", LtiRole.TEACHING_ASSISTANT,
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#Learner", LtiRole.LEARNER,
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator", LtiRole.ADMINISTRATOR,
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator", LtiRole.ADMINISTRATOR);

    private RoleMapping() {
    }

    public static Set<LtiRole> map(Collection<String> roles) {
        EnumSet<LtiRole> mapped = EnumSet.noneOf(LtiRole.class);
        if (roles == null) {
            return mapped;
        }
        for (String raw : roles) {
            if (raw == null) {
                continue;
            }
            String role = raw.strip();
            LtiRole found = FULL_URIS.get(role);
            if (found == null && role.startsWith(MEMBERSHIP)) {
                found = CONTEXT_ROLES.get(role.substring(MEMBERSHIP.length()));
            } else if (found == null && role.startsWith(LIS_V1)) {
                found = CONTEXT_ROLES.get(role.substring(LIS_V1.length()).replace("Instructor/", ""));
            } else if (found == null && !role.contains(":") && !role.contains("/")) {
                found = CONTEXT_ROLES.get(role);
            }
            if (found != null) {
                mapped.add(found);
            }
        }
        return mapped;
    }
}
