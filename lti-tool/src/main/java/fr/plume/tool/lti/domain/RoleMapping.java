package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LtiRole;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps the roles of a launch to Plume's roles, from an explicit list of the forms platforms send
 * (DESIGN §5): the LIS v2 URIs of LTI Core §A.2, the simple names §A.2.3.1 still allows for context
 * roles, and the LTI 1.1 URNs Moodle builds its roles from ({@code lti_get_ims_role} in
 * mod/lti/locallib.php: "Instructor" or "Learner", plus the system and institution Administrator
 * roles for site administrators). Anything else is ignored, never an error: in particular
 * institution roles such as institution Instructor or Student grant nothing in a course.
 * <p>
 * Administrator, whatever its level, maps to {@link LtiRole#ADMINISTRATOR}, which gives no role in
 * the course by itself (see {@code LaunchContext#teaches}).
 */
public final class RoleMapping {

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    static final String LIS_V1_CONTEXT = "urn:lti:role:ims/lis/";

    private static final Map<String, LtiRole> CONTEXT_ROLES = Map.of(
            "Learner", LtiRole.LEARNER,
            "Instructor", LtiRole.INSTRUCTOR,
            "TeachingAssistant", LtiRole.TEACHING_ASSISTANT,
            "ContentDeveloper", LtiRole.CONTENT_DEVELOPER,
            "Mentor", LtiRole.MENTOR,
            "Administrator", LtiRole.ADMINISTRATOR);

    private static final Map<String, LtiRole> ACCEPTED = accepted();

    private RoleMapping() {
    }

    private static Map<String, LtiRole> accepted() {
        Map<String, LtiRole> forms = new HashMap<>();
        CONTEXT_ROLES.forEach((name, role) -> {
            forms.put(name, role);
            forms.put(MEMBERSHIP + name, role);
            forms.put(LIS_V1_CONTEXT + name, role);
        });
        // Sub-roles that name their principal role (LTI Core §A.2.3.1).
        forms.put("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
                LtiRole.TEACHING_ASSISTANT);
        forms.put("http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#Learner", LtiRole.LEARNER);
        forms.put(LIS_V1_CONTEXT + "Instructor/TeachingAssistant", LtiRole.TEACHING_ASSISTANT);
        // Institution and system administrators (LTI Core §A.2.1, §A.2.2; LTI 1.1 URNs as Moodle sends them;
        // the un-scoped person URI is what Moodle sends to LTI 2 tools).
        for (String admin : new String[] {INSTITUTION + "Administrator", SYSTEM + "Administrator",
                SYSTEM + "SysAdmin", "urn:lti:instrole:ims/lis/Administrator", "urn:lti:sysrole:ims/lis/Administrator",
                "urn:lti:sysrole:ims/lis/SysAdmin", "http://purl.imsglobal.org/vocab/lis/v2/person#Administrator"}) {
            forms.put(admin, LtiRole.ADMINISTRATOR);
        }
        return Map.copyOf(forms);
    }

    public static Set<LtiRole> map(Collection<String> roles) {
        EnumSet<LtiRole> mapped = EnumSet.noneOf(LtiRole.class);
        if (roles == null) {
            return mapped;
        }
        for (String role : roles) {
            LtiRole found = role == null ? null : ACCEPTED.get(role.strip());
            if (found != null) {
                mapped.add(found);
            }
        }
        return mapped;
    }
}
