package fr.plume.tool.demo.web;

import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.ScoreVerdict;
import fr.plume.tool.demo.infra.DemoPlatform;
import fr.plume.tool.demo.infra.JdbcDemoAccessTokens;
import fr.plume.tool.demo.infra.JdbcDemoGradebook;
import fr.plume.tool.demo.infra.JdbcDemoLineItems;
import fr.plume.tool.demo.infra.JdbcDemoServiceLog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * AGS scores and results (AGS 2.0 §3.4, §3.3) with Moodle's validation and 409 rule
 * ({@link fr.plume.tool.demo.domain.ScoreRules}).
 */
@RestController
@Profile("demo")
class DemoScoresController {

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";

    private final DemoServiceAccess access;
    private final JdbcDemoGradebook gradebook;
    private final JdbcDemoLineItems lineItems;
    private final JdbcDemoServiceLog log;
    private final DemoPlatform platform;

    DemoScoresController(DemoServiceAccess access, JdbcDemoGradebook gradebook, JdbcDemoLineItems lineItems, JdbcDemoServiceLog log,
            DemoPlatform platform) {
        this.access = access;
        this.gradebook = gradebook;
        this.lineItems = lineItems;
        this.log = log;
        this.platform = platform;
    }

    @PostMapping("/demo/platform/services/{courseId}/lineitems/{itemId}/lineitem/scores")
    ResponseEntity<Void> score(@PathVariable String courseId, @PathVariable String itemId, HttpServletRequest request,
            @RequestBody(required = false) String body) {
        request.setAttribute(DemoServiceCalls.BODY_ATTRIBUTE, body);
        JdbcDemoAccessTokens.Grant grant = access.require(request, Scopes.SCORE);
        DemoLineItemsController.checkTypeId(request);
        if (!DemoServiceCalls.contentTypeIs(request, SCORE)) {
            throw new DemoServiceRefusal(400, "Unsupported content type, expected " + SCORE);
        }
        DemoLineItemsController.requireCourse(courseId);
        long id = DemoLineItemsController.parseId(itemId)
                .orElseThrow(() -> new DemoServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist"));
        ScoreVerdict verdict = gradebook.receive(courseId, id, DemoLineItemsController.parse(body))
                .orElseThrow(() -> new DemoServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist"));
        if (verdict instanceof ScoreVerdict.Refused refused) {
            throw new DemoServiceRefusal(refused.status(), refused.reason());
        }
        ScoreVerdict.Accepted accepted = (ScoreVerdict.Accepted) verdict;
        log.record("POST", DemoServiceCalls.pathOf(request), grant.clientId(), 200, body,
                "score stored for user " + accepted.score().userId());
        return ResponseEntity.ok().contentType(DemoServiceCalls.type(SCORE)).build();
    }

    @GetMapping("/demo/platform/services/{courseId}/lineitems/{itemId}/lineitem/results")
    ResponseEntity<Object> results(@PathVariable String courseId, @PathVariable String itemId,
            HttpServletRequest request) {
        JdbcDemoAccessTokens.Grant grant = access.require(request, Scopes.RESULT_READONLY);
        DemoLineItemsController.checkTypeId(request);
        DemoLineItemsController.requireCourse(courseId);
        LineItem item = DemoLineItemsController.parseId(itemId).flatMap(id -> lineItems.find(courseId, id))
                .orElseThrow(() -> new DemoServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist"));
        String userFilter = request.getParameter("user_id");
        String lineItemUrl = platform.endpoints().lineItem(courseId, item.id());
        List<Map<String, Object>> results = gradebook.inCourse(courseId).stream()
                .filter(g -> g.lineItemId() == item.id())
                .filter(g -> userFilter == null || userFilter.equals(g.userId()))
                .map(g -> result(g, lineItemUrl)).toList();
        log.record("GET", DemoServiceCalls.pathOf(request), grant.clientId(), 200, null, results.size() + " results");
        return ResponseEntity.ok().contentType(DemoServiceCalls.type(RESULTS)).body(results);
    }

    private static Map<String, Object> result(Grade grade, String lineItemUrl) {
        String base = lineItemUrl.substring(0, lineItemUrl.indexOf('?'));
        String query = lineItemUrl.substring(lineItemUrl.indexOf('?') + 1);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", base + "/results?" + query + "&user_id=" + grade.userId());
        json.put("userId", grade.userId());
        if (grade.scoreGiven() != null) {
            json.put("resultScore", grade.scoreGiven().doubleValue());
            json.put("resultMaximum", grade.scoreMaximum().doubleValue());
            if (grade.comment() != null && !grade.comment().isEmpty()) {
                json.put("comment", grade.comment());
            }
            json.put("scoreOf", lineItemUrl);
            json.put("timestamp", grade.scoreTimestamp().toString());
        }
        return json;
    }
}
