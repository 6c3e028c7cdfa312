package fr.plume.tool.assessment.domain;

import java.util.Map;

/**
 * Accommodations a platform sends as custom parameters of the launch:
 * {@code plume_extra_time_percent} (e.g. 33) and {@code plume_accessible_items=true}.
 */
public record Accommodations(int extraTimePercent, boolean accessibleItems) {

    public static final String EXTRA_TIME = "plume_extra_time_percent";
    public static final String ACCESSIBLE_ITEMS = "plume_accessible_items";

    public static Accommodations from(Map<String, String> custom) {
        int extra = 0;
        String value = custom.get(EXTRA_TIME);
        if (value != null) {
            try {
                extra = Math.max(0, Math.min(TimeLimit.MAX_EXTRA_TIME_PERCENT, Integer.parseInt(value.strip())));
            } catch (NumberFormatException ignored) {
                extra = 0;
            }
        }
        boolean accessible = "true".equalsIgnoreCase(String.valueOf(custom.get(ACCESSIBLE_ITEMS)).strip());
        return new Accommodations(extra, accessible);
    }
}
