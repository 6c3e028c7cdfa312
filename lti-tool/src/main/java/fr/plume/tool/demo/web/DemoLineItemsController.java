package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.CreateLineItem;
import fr.plume.tool.demo.application.ListLineItems;
import fr.plume.tool.demo.application.ReadLineItem;
import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.ServiceRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * AGS line items (AGS 2.0 §3.2) as Moodle's gradebookservices lineitems/lineitem resources
 * answer them: GET paged with Moodle's Link header, POST to create a column, GET one.
 */
@RestController
@Profile("demo")
class DemoLineItemsController {

    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String ITEM = "application/vnd.ims.lis.v2.lineitem+json";

    private final DemoServiceAccess access;
    private final ListLineItems listLineItems;
    private final CreateLineItem createLineItem;
    private final ReadLineItem readLineItem;

    DemoLineItemsController(DemoServiceAccess access, ListLineItems listLineItems, CreateLineItem createLineItem,
            ReadLineItem readLineItem) {
        this.access = access;
        this.listLineItems = listLineItems;
        this.createLineItem = createLineItem;
        this.readLineItem = readLineItem;
    }

    @GetMapping("/demo/platform/services/{courseId}/lineitems")
    ResponseEntity<Object> list(@PathVariable String courseId, HttpServletRequest request,
            @RequestParam(name = "resource_id", required = false) String resourceId,
            @RequestParam(name = "resource_link_id", required = false) String resourceLinkId,
            @RequestParam(name = "lti_link_id", required = false) String ltiLinkId,
            @RequestParam(name = "tag", required = false) String tag,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "from", required = false) String from) {
        AccessGrant grant = access.require(request, Scopes.LINEITEM, Scopes.LINEITEM_READONLY);
        checkTypeId(request);
        if (!DemoServiceCalls.acceptsOrEmpty(request, CONTAINER)) {
            throw new ServiceRefusal(400, "No context or unsupported content type");
        }
        ListLineItems.Page page = listLineItems.list(courseId,
                new ListLineItems.Query(resourceId, resourceLinkId, ltiLinkId, tag, limit, from), grant,
                DemoServiceCalls.pathOf(request));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(DemoServiceCalls.type(CONTAINER));
        page.link().ifPresent(h -> response.header("Link", DemoServiceCalls.rawUtf8Header(h)));
        return response.body(page.items());
    }

    @PostMapping("/demo/platform/services/{courseId}/lineitems")
    ResponseEntity<Object> create(@PathVariable String courseId, HttpServletRequest request,
            @RequestBody(required = false) String body) {
        request.setAttribute(DemoServiceCalls.BODY_ATTRIBUTE, body);
        AccessGrant grant = access.require(request, Scopes.LINEITEM);
        checkTypeId(request);
        if (!DemoServiceCalls.contentTypeIs(request, ITEM)) {
            throw new ServiceRefusal(400, "No context or unsupported content type");
        }
        Map<String, Object> answer = createLineItem.create(courseId, body, grant, DemoServiceCalls.pathOf(request));
        return ResponseEntity.status(201).contentType(DemoServiceCalls.type(ITEM)).body(answer);
    }

    @GetMapping("/demo/platform/services/{courseId}/lineitems/{itemId}/lineitem")
    ResponseEntity<Object> one(@PathVariable String courseId, @PathVariable String itemId, HttpServletRequest request) {
        AccessGrant grant = access.require(request, Scopes.LINEITEM, Scopes.LINEITEM_READONLY);
        checkTypeId(request);
        if (!DemoServiceCalls.acceptsOrEmpty(request, ITEM)) {
            throw new ServiceRefusal(400, "Unsupported content type");
        }
        Map<String, Object> item = readLineItem.read(courseId, itemId, grant, DemoServiceCalls.pathOf(request));
        return ResponseEntity.ok().contentType(DemoServiceCalls.type(ITEM)).body(item);
    }

    /** Moodle's URLs carry the tool type id; when present it must be ours. */
    static void checkTypeId(HttpServletRequest request) {
        String typeId = request.getParameter("type_id");
        if (typeId != null && !typeId.equals(DemoPlatform.DEPLOYMENT_ID)) {
            throw new ServiceRefusal(403, "Not allowed in context");
        }
    }
}
