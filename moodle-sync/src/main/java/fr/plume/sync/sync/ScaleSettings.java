package fr.plume.sync.sync;

import java.util.Map;
import java.util.TreeMap;

/**
 * The Moodle scale a member uses for Plume's competencies, named in the site configuration
 * (Moodle's web services cannot create scales).
 *
 * @param scaleId            id of an existing scale (Site administration › Grades › Scales)
 * @param levelToScaleValue  Plume level 1–6 → 1-based scale value (Moodle grades a competency
 *                           with the position of the value in the scale)
 * @param proficientFrom     first scale value considered proficient
 */
public record ScaleSettings(long scaleId, Map<Integer, Integer> levelToScaleValue, int proficientFrom) {

    public ScaleSettings {
        levelToScaleValue = new TreeMap<>(levelToScaleValue);
        if (levelToScaleValue.isEmpty()) {
            throw new IllegalArgumentException("La correspondance niveau → valeur d'échelle est vide");
        }
    }

    /** Six levels onto a six-value scale, proficient from level 4 (B2-like threshold). */
    public static ScaleSettings sixLevels(long scaleId) {
        return new ScaleSettings(scaleId, Map.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6), 4);
    }

    public int highestValueUsed() {
        return levelToScaleValue.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public Integer scaleValueFor(int level) {
        return levelToScaleValue.get(level);
    }

    /**
     * Moodle's scaleconfiguration JSON: first element names the scale, then one entry per
     * value with {@code scaledefault} and {@code proficient} flags (core_competency
     * competency_framework::validate_scaleconfiguration requires one default and one proficient).
     */
    public String moodleScaleConfiguration(int valueCount) {
        StringBuilder sb = new StringBuilder("[{\"scaleid\":\"").append(scaleId).append("\"}");
        for (int v = 1; v <= valueCount; v++) {
            sb.append(",{\"id\":").append(v).append(",\"scaledefault\":").append(v == 1 ? 1 : 0)
                    .append(",\"proficient\":").append(v >= proficientFrom ? 1 : 0).append('}');
        }
        return sb.append(']').toString();
    }
}
