package fr.plume.tool.dashboard.domain;

/**
 * The class's levels in one mode, in the order of the journey (diagnostic → practice → certification):
 * how many students have a level in it and their mean level (0 when none).
 */
public record ModeProgress(String mode, int students, double meanLevel) {

    public String messageKey() {
        return "class.mode." + mode;
    }

    /** The mean rounded to one decimal, for tables and exports. */
    public double roundedMean() {
        return Math.round(meanLevel * 10) / 10.0;
    }
}
