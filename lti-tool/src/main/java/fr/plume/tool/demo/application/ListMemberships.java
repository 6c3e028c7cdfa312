package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoCourse;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.Paging;
import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ServiceRefusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The tool reads the course roster (NRPS 2.0 §2.2) as Moodle's memberships service answers: only
 * active enrolments, Moodle's short role names, {@code limit}/{@code from} paging with a
 * {@code rel="next"} Link header, names and e-mail included (the demo tool is set to "always").
 */
@Component
@Profile("demo")
public class ListMemberships {

    private static final String ROLE_PREFIX = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    /** The membership container, and the Link header to the next page when there is one. */
    public record Page(Map<String, Object> body, Optional<String> link) {
    }

    private final ServiceLog log;
    private final DemoPlatform platform;

    public ListMemberships(ServiceLog log, DemoPlatform platform) {
        this.log = log;
        this.platform = platform;
    }

    /** @param role the role asked for (short name or URI), null or blank for everyone */
    public Page list(String courseId, String deploymentId, String role, String limit, String from, AccessGrant grant,
            String path) {
        if (!DemoPlatform.DEPLOYMENT_ID.equals(deploymentId)) {
            throw new ServiceRefusal(404, "Not Found: unknown tool binding " + deploymentId);
        }
        DemoCourse course = DemoCatalogue.course(courseId)
                .orElseThrow(() -> new ServiceRefusal(404, "Not Found: Course " + courseId + " doesn't exist"));
        List<DemoUser> members = DemoCatalogue.activeMembers(courseId).stream()
                .filter(u -> role == null || role.isBlank() || hasRole(u, role)).toList();
        Paging paging = new Paging(Paging.parse(limit), Paging.parse(from));
        String endpoint = platform.endpoints().memberships(courseId);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", course.id());
        context.put("label", course.label());
        context.put("title", course.title());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", endpoint);
        body.put("context", context);
        body.put("members", paging.slice(members).stream().map(ListMemberships::member).toList());
        Optional<String> link = paging.hasNext(members.size())
                ? Optional.of("<" + endpoint + "?limit=" + paging.limit() + "&from=" + paging.nextFrom()
                        + ">; rel=\"next\"")
                : Optional.empty();
        log.record("GET", path, grant.clientId(), 200, null,
                paging.slice(members).size() + " of " + members.size() + " members");
        return new Page(body, link);
    }

    /** Moodle accepts the role as a short name or a full membership URI. */
    private static boolean hasRole(DemoUser user, String role) {
        String shortName = role.startsWith(ROLE_PREFIX) ? role.substring(ROLE_PREFIX.length()) : role;
        return user.role().rosterRoles().contains(shortName);
    }

    private static Map<String, Object> member(DemoUser user) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("status", "Active");
        member.put("roles", user.role().rosterRoles());
        member.put("user_id", user.id());
        member.put("lis_person_sourcedid", "demo-" + user.id());
        member.put("name", user.fullName());
        member.put("given_name", user.givenName());
        member.put("family_name", user.familyName());
        member.put("email", user.email());
        // The NRPS groups extension, as platforms that have course groups send it (Moodle does not).
        List<Map<String, Object>> groups = DemoCatalogue.groupsOf(user.id()).stream()
                .map(g -> Map.<String, Object>of("group_id", g)).toList();
        if (!groups.isEmpty()) {
            member.put("group_enrollments", groups);
        }
        return member;
    }
}
