package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.LineItems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns Deep Linking content items into activities (DL 2.0 §3.1 ltiResourceLink): each gets a
 * gradebook column when it carries a {@code lineItem}, as Moodle creates the activity's grade item
 * with the item's scoreMaximum. Other item types are ignored (Moodle accepts only links).
 */
@Component
@Profile("demo")
class PlacedItems {

    /** An activity placed from a content item, with its column's maximum when it is graded. */
    public record Placed(long activityId, String title, BigDecimal scoreMaximum) {
    }

    private final Activities activities;
    private final LineItems lineItems;
    private final DemoPlatform platform;

    PlacedItems(Activities activities, LineItems lineItems, DemoPlatform platform) {
        this.activities = activities;
        this.lineItems = lineItems;
        this.platform = platform;
    }

    @Transactional
    List<Placed> place(String courseId, String placedBy, Object contentItems) {
        List<Placed> placed = new ArrayList<>();
        if (!(contentItems instanceof List<?> items)) {
            return placed;
        }
        for (Object element : items) {
            if (!(element instanceof Map<?, ?> item) || !"ltiResourceLink".equals(item.get("type"))) {
                continue;
            }
            String title = text(item.get("title"), "Activité Plume");
            String url = text(item.get("url"), platform.tool().launch().toString());
            long activity = activities.insert(courseId, title, text(item.get("text"), null), url,
                    strings(item.get("custom")), placedBy);
            BigDecimal maximum = null;
            if (item.get("lineItem") instanceof Map<?, ?> lineItem && lineItem.get("scoreMaximum") != null) {
                try {
                    maximum = new BigDecimal(String.valueOf(lineItem.get("scoreMaximum")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("lineItem.scoreMaximum is not a number", e);
                }
                lineItems.insert(courseId, text(lineItem.get("label"), title), maximum,
                        text(lineItem.get("resourceId"), null), text(lineItem.get("tag"), null), activity, true);
            }
            placed.add(new Placed(activity, title, maximum));
        }
        return placed;
    }

    private static Map<String, String> strings(Object custom) {
        Map<String, String> values = new LinkedHashMap<>();
        if (custom instanceof Map<?, ?> map) {
            map.forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
        }
        return values;
    }

    private static String text(Object value, String fallback) {
        return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value);
    }
}
