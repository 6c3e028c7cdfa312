package fr.plume.tool.certification.domain;

/**
 * How a score is shown without false precision: the level is the headline, and the score is a
 * band of whole tens around it ({@code 640–700}), never a number to the unit when its margin is
 * ± 30 (issue 17, "measurement quality of the decision").
 *
 * @param low     the band's lower end, rounded down to tens, at least 0
 * @param high    the band's upper end, rounded up to tens, at most 1000
 * @param rounded the score rounded to tens
 * @param margin  the ± margin, rounded up to tens (at least 10)
 */
public record ScoreBand(int low, int high, int rounded, int margin) {

    public static final int SCALE_MAX = 1000;

    public static ScoreBand of(int score, int margin) {
        int safeMargin = Math.max(0, margin);
        int low = Math.max(0, Math.floorDiv(score - safeMargin, 10) * 10);
        int high = Math.min(SCALE_MAX, ceilTens(score + safeMargin));
        int rounded = Math.min(SCALE_MAX, Math.max(0, Math.round(score / 10f) * 10));
        return new ScoreBand(low, high, rounded, Math.max(10, ceilTens(safeMargin)));
    }

    private static int ceilTens(int value) {
        return -Math.floorDiv(-value, 10) * 10;
    }
}
