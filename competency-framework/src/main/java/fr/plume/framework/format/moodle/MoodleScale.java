package fr.plume.framework.format.moodle;

import fr.plume.framework.model.LevelDescriptor;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The scale configuration of a Plume framework in Moodle, one rule for both routes: the first value is the default
 * and every value from {@code proficientFrom} on is "proficient". {@code proficientFrom} is one configurable number
 * (a site setting of moodle-sync, {@link #DEFAULT_PROFICIENT_FROM} when not set) used by the web-service push and
 * by the CSV file alike.
 */
public final class MoodleScale {

    /** Proficient from level 4 of 6 unless a site says otherwise. */
    public static final int DEFAULT_PROFICIENT_FROM = 4;

    /** Moodle's taxonomy of the two Plume tree levels. */
    public static final String TAXONOMIES = "domain,competency";

    /**
     * The CSV names no scale id: tool_lpimportcsv finds a site scale with exactly these values or creates one, then
     * puts its id in the configuration.
     */
    public static final String CSV_SCALE_ID = "0";

    private MoodleScale() {
    }

    /** One scale value per Plume level, as written in the CSV's "Scale values" column. */
    public static String levelScaleValues() {
        return IntStream.rangeClosed(LevelDescriptor.MIN_LEVEL, LevelDescriptor.MAX_LEVEL)
                .mapToObj(level -> "Niveau " + level).collect(Collectors.joining(","));
    }

    /**
     * Moodle's scaleconfiguration JSON: the scale, then one entry per value with its {@code scaledefault} and
     * {@code proficient} flags (core_competency requires one default and at least one proficient value).
     */
    public static String configuration(String scaleId, int valueCount, int proficientFrom) {
        if (proficientFrom < 1 || proficientFrom > valueCount) {
            throw new IllegalArgumentException("proficientFrom " + proficientFrom + " is not a value of a "
                    + valueCount + "-value scale");
        }
        StringBuilder json = new StringBuilder("[{\"scaleid\":\"").append(scaleId).append("\"}");
        for (int value = 1; value <= valueCount; value++) {
            json.append(",{\"id\":").append(value).append(",\"scaledefault\":").append(value == 1 ? 1 : 0)
                    .append(",\"proficient\":").append(value >= proficientFrom ? 1 : 0).append('}');
        }
        return json.append(']').toString();
    }
}
