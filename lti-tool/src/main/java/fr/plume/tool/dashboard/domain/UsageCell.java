package fr.plume.tool.dashboard.domain;

/**
 * One number of the usage report and the number of distinct students behind it. A cell behind 1 to
 * 4 students is suppressed (shown "< 5"): it never enters a published total, and the cost split
 * counts it as {@link #THRESHOLD}, so neither subtraction nor a share reveals it.
 */
public record UsageCell(long value, long students) {

    public static final int THRESHOLD = 5;
    public static final UsageCell ZERO = new UsageCell(0, 0);

    public UsageCell {
        if (value < 0 || students < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    public boolean suppressed() {
        return students > 0 && students < THRESHOLD;
    }

    /** What the cost split counts: the value, or the threshold for a suppressed cell. */
    public long billable() {
        return suppressed() ? Math.max(value, THRESHOLD) : value;
    }

    /** The part of a published total: nothing for a suppressed cell. */
    public long published() {
        return suppressed() ? 0 : value;
    }
}
