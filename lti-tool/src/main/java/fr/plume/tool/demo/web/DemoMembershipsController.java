package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.ListMemberships;
import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.Scopes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Context memberships (NRPS 2.0 §2.2) as Moodle's memberships service answers; see {@link ListMemberships}. */
@RestController
@Profile("demo")
class DemoMembershipsController {

    static final String CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final DemoServiceAccess access;
    private final ListMemberships listMemberships;

    DemoMembershipsController(DemoServiceAccess access, ListMemberships listMemberships) {
        this.access = access;
        this.listMemberships = listMemberships;
    }

    @GetMapping("/demo/platform/services/CourseSection/{courseId}/bindings/{deploymentId}/memberships")
    ResponseEntity<Object> memberships(@PathVariable String courseId, @PathVariable String deploymentId,
            HttpServletRequest request, @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "from", required = false) String from) {
        AccessGrant grant = access.require(request, Scopes.MEMBERSHIPS);
        ListMemberships.Page page = listMemberships.list(courseId, deploymentId, role, limit, from, grant,
                DemoServiceCalls.pathOf(request));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(DemoServiceCalls.type(CONTAINER));
        page.link().ifPresent(link -> response.header("Link", link));
        return response.body(page.body());
    }
}
