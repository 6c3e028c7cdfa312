package fr.plume.tool.demo.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.MoodleLinkHeader;
import fr.plume.tool.demo.domain.Paging;
import fr.plume.tool.demo.domain.PlatformEndpoints;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.infra.DemoPlatform;
import fr.plume.tool.demo.infra.JdbcDemoAccessTokens;
import fr.plume.tool.demo.infra.JdbcDemoActivities;
import fr.plume.tool.demo.infra.JdbcDemoLineItems;
import fr.plume.tool.demo.infra.JdbcDemoServiceLog;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final JdbcDemoLineItems lineItems;
    private final JdbcDemoActivities activities;
    private final JdbcDemoServiceLog log;
    private final DemoPlatform platform;

    DemoLineItemsController(DemoServiceAccess access, JdbcDemoLineItems lineItems, JdbcDemoActivities activities, JdbcDemoServiceLog log,
            DemoPlatform platform) {
        this.access = access;
        this.lineItems = lineItems;
        this.activities = activities;
        this.log = log;
        this.platform = platform;
    }

    @GetMapping("/demo/platform/services/{courseId}/lineitems")
    ResponseEntity<Object> list(@PathVariable String courseId, HttpServletRequest request,
            @RequestParam(name = "resource_id", required = false) String resourceId,
            @RequestParam(name = "resource_link_id", required = false) String resourceLinkId,
            @RequestParam(name = "lti_link_id", required = false) String ltiLinkId,
            @RequestParam(name = "tag", required = false) String tag,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "from", required = false) String from) {
        JdbcDemoAccessTokens.Grant grant = access.require(request, Scopes.LINEITEM, Scopes.LINEITEM_READONLY);
        checkTypeId(request);
        if (!DemoServiceCalls.acceptsOrEmpty(request, CONTAINER)) {
            throw new DemoServiceRefusal(400, "No context or unsupported content type");
        }
        requireCourse(courseId);
        String link = resourceLinkId != null ? resourceLinkId : ltiLinkId;
        Long activity = link == null ? null : parseId(link).orElse(-1L);
        List<LineItem> all = lineItems.inCourse(courseId, resourceId, activity, tag);
        Paging paging = new Paging(Paging.parse(limit), Paging.parse(from));
        PlatformEndpoints endpoints = platform.endpoints();
        List<Map<String, Object>> page = paging.slice(all).stream().map(i -> DemoLineItemJson.of(i, endpoints)).toList();
        List<String[]> filters = new ArrayList<>();
        if (resourceId != null) {
            filters.add(new String[] {"resource_id", resourceId});
        }
        if (link != null) {
            filters.add(new String[] {"resource_link_id", link});
        }
        if (tag != null) {
            filters.add(new String[] {"tag", tag});
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(DemoServiceCalls.type(CONTAINER));
        MoodleLinkHeader.forLineItems(endpoints.lineItemsPath(courseId), filters, DemoPlatform.DEPLOYMENT_ID, paging,
                all.size()).ifPresent(h -> response.header("Link", DemoServiceCalls.rawUtf8Header(h)));
        log.record("GET", DemoServiceCalls.pathOf(request), grant.clientId(), 200, null,
                page.size() + " of " + all.size() + " line items");
        return response.body(page);
    }

    @PostMapping("/demo/platform/services/{courseId}/lineitems")
    ResponseEntity<Object> create(@PathVariable String courseId, HttpServletRequest request,
            @RequestBody(required = false) String body) {
        request.setAttribute(DemoServiceCalls.BODY_ATTRIBUTE, body);
        JdbcDemoAccessTokens.Grant grant = access.require(request, Scopes.LINEITEM);
        checkTypeId(request);
        if (!DemoServiceCalls.contentTypeIs(request, ITEM)) {
            throw new DemoServiceRefusal(400, "No context or unsupported content type");
        }
        requireCourse(courseId);
        Map<String, Object> json = parse(body);
        Object label = json.get("label");
        Object maximum = json.get("scoreMaximum");
        if (label == null || maximum == null) {
            throw new DemoServiceRefusal(400, "No label or Score Maximum");
        }
        BigDecimal max = decimal(maximum).orElseThrow(() -> new DemoServiceRefusal(400, "scoreMaximum is not a number"));
        Object linkValue = json.get("resourceLinkId") != null ? json.get("resourceLinkId") : json.get("ltiLinkId");
        Long activity = null;
        if (linkValue != null) {
            activity = parseId(String.valueOf(linkValue)).filter(id -> activities.exists(courseId, id))
                    .orElseThrow(() -> new DemoServiceRefusal(403, "Invalid resourceLinkId for this course"));
        }
        LineItem item = lineItems.insert(courseId, String.valueOf(label), max, text(json.get("resourceId")),
                text(json.get("tag")), activity, false);
        // Moodle answers with the posted JSON plus its id.
        Map<String, Object> answer = new LinkedHashMap<>(json);
        answer.put("id", platform.endpoints().lineItem(courseId, item.id()));
        log.record("POST", DemoServiceCalls.pathOf(request), grant.clientId(), 201, body, "line item " + item.id() + " created");
        return ResponseEntity.status(201).contentType(DemoServiceCalls.type(ITEM)).body(answer);
    }

    @GetMapping("/demo/platform/services/{courseId}/lineitems/{itemId}/lineitem")
    ResponseEntity<Object> one(@PathVariable String courseId, @PathVariable String itemId, HttpServletRequest request) {
        JdbcDemoAccessTokens.Grant grant = access.require(request, Scopes.LINEITEM, Scopes.LINEITEM_READONLY);
        checkTypeId(request);
        if (!DemoServiceCalls.acceptsOrEmpty(request, ITEM)) {
            throw new DemoServiceRefusal(400, "Unsupported content type");
        }
        requireCourse(courseId);
        LineItem item = parseId(itemId).flatMap(id -> lineItems.find(courseId, id))
                .orElseThrow(() -> new DemoServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist"));
        log.record("GET", DemoServiceCalls.pathOf(request), grant.clientId(), 200, null, "line item " + item.id());
        return ResponseEntity.ok().contentType(DemoServiceCalls.type(ITEM)).body(DemoLineItemJson.of(item, platform.endpoints()));
    }

    static void requireCourse(String courseId) {
        if (DemoCatalogue.course(courseId).isEmpty()) {
            throw new DemoServiceRefusal(404, "Not Found: Course " + courseId + " doesn't exist");
        }
    }

    /** Moodle's URLs carry the tool type id; when present it must be ours. */
    static void checkTypeId(HttpServletRequest request) {
        String typeId = request.getParameter("type_id");
        if (typeId != null && !typeId.equals(DemoPlatform.DEPLOYMENT_ID)) {
            throw new DemoServiceRefusal(403, "Not allowed in context");
        }
    }

    static Map<String, Object> parse(String body) {
        if (body == null || body.isBlank()) {
            throw new DemoServiceRefusal(400, "Empty body");
        }
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new DemoServiceRefusal(400, "Body is not a JSON object");
        }
    }

    static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> decimal(Object value) {
        try {
            return Optional.of(new BigDecimal(String.valueOf(value).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isEmpty() ? null : String.valueOf(value);
    }
}
