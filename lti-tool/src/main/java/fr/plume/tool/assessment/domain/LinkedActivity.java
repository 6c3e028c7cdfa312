package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.cat.TestMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the launched link is, from the custom parameters Deep Linking placed on it: its kind
 * ({@code plume_kind} = DIAGNOSTIC, FORMATIVE or CERTIFICATION) and the identity of the placed
 * activity ({@code plume_activity}, e.g. "certification"). They come in the platform's signed
 * launch, so a student cannot change them.
 */
public record LinkedActivity(Optional<TestMode> kind, Optional<String> activityId) {

    public static final String KIND = "plume_kind";
    public static final String ACTIVITY = "plume_activity";

    public static LinkedActivity from(Map<String, String> custom) {
        Optional<TestMode> kind = Optional.ofNullable(custom.get(KIND)).flatMap(LinkedActivity::mode);
        Optional<String> activity = Optional.ofNullable(custom.get(ACTIVITY)).map(String::strip)
                .filter(id -> !id.isEmpty());
        return new LinkedActivity(kind, activity);
    }

    /** The certification this link opens (its activity identity), when it is a certification activity. */
    public Optional<String> certification() {
        return kind.filter(mode -> mode == TestMode.CERTIFICATION).flatMap(mode -> activityId);
    }

    private static Optional<TestMode> mode(String value) {
        try {
            return Optional.of(TestMode.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
