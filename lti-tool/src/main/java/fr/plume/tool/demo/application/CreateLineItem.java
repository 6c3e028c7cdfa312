package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ServiceRefusal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The tool adds a gradebook column (AGS 2.0 §3.2; Moodle's lineitems POST): a label and a
 * maximum are required, a resource link must be an activity of the course.
 */
@Component
@Profile("demo")
public class CreateLineItem {

    private final LineItems lineItems;
    private final Activities activities;
    private final ServiceLog log;
    private final DemoPlatform platform;

    public CreateLineItem(LineItems lineItems, Activities activities, ServiceLog log, DemoPlatform platform) {
        this.lineItems = lineItems;
        this.activities = activities;
        this.log = log;
        this.platform = platform;
    }

    /** Moodle's answer: the posted JSON plus the new column's id (its URL). */
    public Map<String, Object> create(String courseId, String body, AccessGrant grant, String path) {
        ServiceChecks.requireCourse(courseId);
        Map<String, Object> json = ServiceChecks.parse(body);
        Object label = json.get("label");
        Object maximum = json.get("scoreMaximum");
        if (label == null || maximum == null) {
            throw new ServiceRefusal(400, "No label or Score Maximum");
        }
        BigDecimal max = decimal(maximum).orElseThrow(() -> new ServiceRefusal(400, "scoreMaximum is not a number"));
        Object linkValue = json.get("resourceLinkId") != null ? json.get("resourceLinkId") : json.get("ltiLinkId");
        Long activity = null;
        if (linkValue != null) {
            activity = ServiceChecks.parseId(String.valueOf(linkValue)).filter(id -> activities.exists(courseId, id))
                    .orElseThrow(() -> new ServiceRefusal(403, "Invalid resourceLinkId for this course"));
        }
        LineItem item = lineItems.insert(courseId, String.valueOf(label), max, text(json.get("resourceId")),
                text(json.get("tag")), activity, false);
        Map<String, Object> answer = new LinkedHashMap<>(json);
        answer.put("id", platform.endpoints().lineItem(courseId, item.id()));
        log.record("POST", path, grant.clientId(), 201, body, "line item " + item.id() + " created");
        return answer;
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
