package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.Gradebook;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.ServiceLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The tool reads the results of a column (AGS 2.0 §3.3), as Moodle's results resource writes them. */
@Component
@Profile("demo")
public class ListResults {

    private final LineItems lineItems;
    private final Gradebook gradebook;
    private final ServiceLog log;
    private final DemoPlatform platform;

    public ListResults(LineItems lineItems, Gradebook gradebook, ServiceLog log, DemoPlatform platform) {
        this.lineItems = lineItems;
        this.gradebook = gradebook;
        this.log = log;
        this.platform = platform;
    }

    /** @param userFilter the {@code user_id} asked for, null for everyone */
    public List<Map<String, Object>> list(String courseId, String itemId, String userFilter, AccessGrant grant,
            String path) {
        ServiceChecks.requireCourse(courseId);
        LineItem item = ServiceChecks.parseId(itemId).flatMap(id -> lineItems.find(courseId, id))
                .orElseThrow(() -> ServiceChecks.noSuchLineItem(itemId));
        String lineItemUrl = platform.endpoints().lineItem(courseId, item.id());
        List<Map<String, Object>> results = gradebook.inCourse(courseId).stream()
                .filter(g -> g.lineItemId() == item.id())
                .filter(g -> userFilter == null || userFilter.equals(g.userId()))
                .map(g -> result(g, lineItemUrl)).toList();
        log.record("GET", path, grant.clientId(), 200, null, results.size() + " results");
        return results;
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
