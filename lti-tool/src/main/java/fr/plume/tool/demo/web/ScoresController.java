package fr.plume.tool.demo.web;

import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.ScoreVerdict;
import fr.plume.tool.demo.infra.DemoPlatform;
import fr.plume.tool.demo.infra.JdbcAccessTokens;
import fr.plume.tool.demo.infra.JdbcGradebook;
import fr.plume.tool.demo.infra.JdbcLineItems;
import fr.plume.tool.demo.infra.JdbcServiceLog;
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
class ScoresController {

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";

    private final ServiceAccess access;
    private final JdbcGradebook gradebook;
    private final JdbcLineItems lineItems;
    private final JdbcServiceLog log;
    private final DemoPlatform platform;

    ScoresController(ServiceAccess access, JdbcGradebook gradebook, JdbcLineItems lineItems, JdbcServiceLog log,
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
        request.setAttribute(ServiceCalls.BODY_ATTRIBUTE, body);
        JdbcAccessTokens.Grant grant = access.require(request, Scopes.SCORE);
        LineItemsController.checkTypeId(request);
        if (!ServiceCalls.contentTypeIs(request, SCORE)) {
            throw new ServiceRefusal(400, "Unsupported content type, expected " + SCORE);
        }
        LineItemsController.requireCourse(courseId);
        long id = LineItemsController.parseId(itemId)
                .orElseThrow(() -> new ServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist"));
        ScoreVerdict verdict = gradebook.receive(courseId, id, LineItemsController.parse(body))
                .orElseThrow(() -> new ServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist"));
        if (verdict instanceof ScoreVerdict.Refused refused) {
            throw new ServiceRefusal(refused.status(), refused.reason());
        }
        ScoreVerdict.Accepted accepted = (ScoreVerdict.Accepted) verdict;
        log.record("POST", ServiceCalls.pathOf(request), grant.clientId(), 200, body,
                "score stored for user " + accepted.score().userId());
        return ResponseEntity.ok().contentType(ServiceCalls.type(SCORE)).build();
    }

    @GetMapping("/demo/platform/services/{courseId}/lineitems/{itemId}/lineitem/results")
    ResponseEntity<Object> results(@PathVariable String courseId, @PathVariable String itemId,
            HttpServletRequest request) {
        JdbcAccessTokens.Grant grant = access.require(request, Scopes.RESULT_READONLY);
        LineItemsController.checkTypeId(request);
        LineItemsController.requireCourse(courseId);
        LineItem item = LineItemsController.parseId(itemId).flatMap(id -> lineItems.find(courseId, id))
                .orElseThrow(() -> new ServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist"));
        String userFilter = request.getParameter("user_id");
        String lineItemUrl = platform.endpoints().lineItem(courseId, item.id());
        List<Map<String, Object>> results = gradebook.inCourse(courseId).stream()
                .filter(g -> g.lineItemId() == item.id())
                .filter(g -> userFilter == null || userFilter.equals(g.userId()))
                .map(g -> result(g, lineItemUrl)).toList();
        log.record("GET", ServiceCalls.pathOf(request), grant.clientId(), 200, null, results.size() + " results");
        return ResponseEntity.ok().contentType(ServiceCalls.type(RESULTS)).body(results);
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
