package fr.plume.tool.demo.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A line item as Moodle's gradebookservices item_for_json writes it (AGS 2.0 §3.2). */
public final class LineItemJson {

    private LineItemJson() {
    }

    public static Map<String, Object> of(LineItem item, PlatformEndpoints endpoints) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", endpoints.lineItem(item.courseId(), item.id()));
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum().doubleValue());
        if (!item.coupled()) {
            json.put("resourceId", item.resourceId() == null ? "" : item.resourceId());
        }
        json.put("tag", item.coupled() || item.tag() == null ? "" : item.tag());
        if (item.activityId() != null) {
            json.put("resourceLinkId", String.valueOf(item.activityId()));
            json.put("ltiLinkId", String.valueOf(item.activityId()));
        }
        return json;
    }
}
