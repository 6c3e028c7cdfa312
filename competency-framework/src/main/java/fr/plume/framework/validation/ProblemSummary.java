package fr.plume.framework.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many problems a file has, for a summary shown before the list: the total, how many are listed (the first
 * {@link ProblemList#MAX_LISTED}) and the count of each code, most frequent first.
 */
public record ProblemSummary(int total, int listed, Map<String, Integer> countByCode) {

    public static final ProblemSummary NONE = new ProblemSummary(0, 0, Map.of());

    public ProblemSummary {
        if (listed < 0 || listed > total) {
            throw new IllegalArgumentException("listed " + listed + " of " + total);
        }
        countByCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countByCode));
    }

    /** Problems found but not listed. */
    public int notListed() {
        return total - listed;
    }

    public boolean truncated() {
        return total > listed;
    }
}
