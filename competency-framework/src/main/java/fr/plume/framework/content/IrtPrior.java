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

    /** The difficulty an item of this level starts with: level 1 is −2.5, each level adds 1.0. */
    public static double difficultyForLevel(int level) {
        return -2.5 + (level - 1) * 1.0;
    }

    public static IrtPrior forLevel(int level) {
        return new IrtPrior(1.0, difficultyForLevel(level));
    }
}
