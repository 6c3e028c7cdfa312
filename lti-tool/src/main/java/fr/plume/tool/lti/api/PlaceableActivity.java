package fr.plume.tool.lti.api;

import java.util.Map;

/**
 * Something a teacher can place in a course through Deep Linking: the diagnostic, a formative
 * module, a certification entry. Gradable activities get a gradebook column ({@code lineItem}).
 *
 * @param id            stable identifier, sent back as the {@code plume_activity} custom parameter
 *                      and as the line item's {@code resourceId}
 * @param kind          DIAGNOSTIC, FORMATIVE, CERTIFICATION or MOCK_CERTIFICATION
 * @param titleFr       title in French (the default)
 * @param titleEn       title in English
 * @param descriptionFr one-sentence description in French
 * @param descriptionEn one-sentence description in English
 * @param scoreMaximum  maximum score reported to the gradebook, or null when not gradable
 * @param tag           line item tag (e.g. the competency code), may be null
 * @param custom        extra custom parameters that identify the activity
 */
public record PlaceableActivity(String id, Kind kind, String titleFr, String titleEn, String descriptionFr,
        String descriptionEn, Double scoreMaximum, String tag, Map<String, String> custom) {

    public enum Kind { DIAGNOSTIC, FORMATIVE, CERTIFICATION, MOCK_CERTIFICATION }

    public PlaceableActivity {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    public boolean gradable() {
        return scoreMaximum != null;
    }

    public String title(String language) {
        return "en".equals(language) && titleEn != null ? titleEn : titleFr;
    }

    public String description(String language) {
        return "en".equals(language) && descriptionEn != null ? descriptionEn : descriptionFr;
    }
}
