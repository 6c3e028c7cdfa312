package fr.plume.sync.job;

import fr.plume.framework.format.moodle.MoodleScale;
import fr.plume.sync.i18n.LocalizedArgumentException;
import fr.plume.sync.i18n.Phrase;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Moodle scale a member uses for Plume's competencies, named in the site configuration
 * (Moodle's web services cannot create scales).
 *
 * @param scaleId            id of an existing scale (Site administration › Grades › Scales)
 * @param levelToScaleValue  Plume level 1–6 → 1-based scale value (Moodle grades a competency
 *                           with the position of the value in the scale)
 * @param proficientFrom     first scale value considered proficient; the same threshold goes into
 *                           the tool_lpimportcsv file when the site cannot be written to
 */
public record ScaleSettings(long scaleId, Map<Integer, Integer> levelToScaleValue, int proficientFrom) {

    public ScaleSettings {
        levelToScaleValue = new TreeMap<>(levelToScaleValue);
        if (levelToScaleValue.isEmpty()) {
            throw new LocalizedArgumentException(Phrase.of("scale.emptyMapping"));
        }
        if (proficientFrom < 1) {
            throw new LocalizedArgumentException(Phrase.of("scale.badProficientFrom", proficientFrom));
        }
    }

    /** Six levels onto a six-value scale, proficient from {@link MoodleScale#DEFAULT_PROFICIENT_FROM}. */
    public static ScaleSettings sixLevels(long scaleId) {
        return new ScaleSettings(scaleId, Map.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6), MoodleScale.DEFAULT_PROFICIENT_FROM);
    }

    /**
     * The first Plume level whose scale value is proficient: the threshold of the CSV file, whose scale has one
     * value per level. Equal to {@link #proficientFrom()} with the six-level mapping.
     */
    public int proficientLevel() {
        return levelToScaleValue.entrySet().stream().filter(e -> e.getValue() >= proficientFrom)
                .mapToInt(Map.Entry::getKey).min().orElse(levelToScaleValue.size());
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
        return MoodleScale.configuration(String.valueOf(scaleId), valueCount, proficientFrom);
    }
}
