package fr.plume.framework.content;

/** Prior 2PL parameters of an item before calibration: discrimination {@code a} and difficulty {@code b}. */
public record IrtPrior(double a, double b) {

    public static final double MIN_A = 0.2;
    public static final double MAX_A = 4.0;
    public static final double MAX_ABS_B = 5.0;

    public IrtPrior {
        if (!(a >= MIN_A && a <= MAX_A)) {
            throw new IllegalArgumentException("discrimination a must be in [" + MIN_A + ", " + MAX_A + "]: " + a);
        }
        if (!(Math.abs(b) <= MAX_ABS_B)) {
            throw new IllegalArgumentException("difficulty b must be in [-" + MAX_ABS_B + ", " + MAX_ABS_B + "]: " + b);
        }
    }

    /**
     * Prior difficulty of an item of each level, on the scale of the person levels: the middle of
     * the level's θ interval under the cut points −1.5, −0.5, 0.25, 1.0, 1.75 (scoring 2025.1), the
     * open end levels half a level-width past their cut. A student in the middle of level L answers
     * an item of level L correctly about half the time, so item and person levels mean the same.
     */
    private static final double[] DIFFICULTY_BY_LEVEL = {-2.0, -1.0, -0.125, 0.625, 1.375, 2.125};

    public static double difficultyForLevel(int level) {
        if (level < 1 || level > DIFFICULTY_BY_LEVEL.length) {
            throw new IllegalArgumentException("level must be 1 to " + DIFFICULTY_BY_LEVEL.length + ": " + level);
        }
        return DIFFICULTY_BY_LEVEL[level - 1];
    }

    public static IrtPrior forLevel(int level) {
        return new IrtPrior(1.0, difficultyForLevel(level));
    }
}
