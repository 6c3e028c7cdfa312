package fr.plume.tool.demo.web;

import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoCourse;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.Paging;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.infra.DemoPlatform;
import fr.plume.tool.demo.infra.JdbcDemoAccessTokens;
import fr.plume.tool.demo.infra.JdbcDemoServiceLog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Context memberships (NRPS 2.0 §2.2) as Moodle's memberships service answers: only active
 * enrolments, Moodle's short role names, {@code limit}/{@code from} paging with a
 * {@code rel="next"} Link header, names and e-mail included (the demo tool is set to "always").
 */
@RestController
@Profile("demo")
class DemoMembershipsController {

    static final String CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final String ROLE_PREFIX = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    private final DemoServiceAccess access;
    private final JdbcDemoServiceLog log;
    private final DemoPlatform platform;

    DemoMembershipsController(DemoServiceAccess access, JdbcDemoServiceLog log, DemoPlatform platform) {
        this.access = access;
        this.log = log;
        this.platform = platform;
    }

    @GetMapping("/demo/platform/services/CourseSection/{courseId}/bindings/{deploymentId}/memberships")
    ResponseEntity<Object> memberships(@PathVariable String courseId, @PathVariable String deploymentId,
            HttpServletRequest request, @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "from", required = false) String from) {
        JdbcDemoAccessTokens.Grant grant = access.require(request, Scopes.MEMBERSHIPS);
        if (!DemoPlatform.DEPLOYMENT_ID.equals(deploymentId)) {
            throw new DemoServiceRefusal(404, "Not Found: unknown tool binding " + deploymentId);
        }
        DemoCourse course = DemoCatalogue.course(courseId)
                .orElseThrow(() -> new DemoServiceRefusal(404, "Not Found: Course " + courseId + " doesn't exist"));
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
        body.put("members", paging.slice(members).stream().map(DemoMembershipsController::member).toList());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(DemoServiceCalls.type(CONTAINER));
        if (paging.hasNext(members.size())) {
            response.header("Link", "<" + endpoint + "?limit=" + paging.limit() + "&from=" + paging.nextFrom()
                    + ">; rel=\"next\"");
        }
        log.record("GET", DemoServiceCalls.pathOf(request), grant.clientId(), 200, null,
                paging.slice(members).size() + " of " + members.size() + " members");
        return response.body(body);
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
        return member;
    }
}
