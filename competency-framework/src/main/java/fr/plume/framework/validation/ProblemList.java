package fr.plume.framework.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Problems in the order found. Only the first {@link #MAX_LISTED} distinct ones are kept, the others are only
 * counted by code: a file with 200,000 faulty lines costs little memory and gives a report people can read.
 * A problem found twice (e.g. through two rows sharing a duplicate code) is listed once.
 */
public final class ProblemList {

    /** Enough to fix a file in a few rounds; beyond, the same faults repeat. */
    public static final int MAX_LISTED = 200;

    private final List<Problem> listed = new ArrayList<>();
    private final Set<Problem> seen = new HashSet<>();
    private final Map<String, Integer> countByCode = new HashMap<>();
    private int total;

    public static ProblemList of(Collection<Problem> problems) {
        ProblemList list = new ProblemList();
        list.addAll(problems);
        return list;
    }

    public void add(Problem problem) {
        if (seen.contains(problem)) {
            return;
        }
        total++;
        countByCode.merge(problem.code(), 1, Integer::sum);
        if (listed.size() < MAX_LISTED) {
            listed.add(problem);
            seen.add(problem);
        }
    }

    public void addAll(Collection<Problem> problems) {
        problems.forEach(this::add);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public boolean has(String code) {
        return countByCode.containsKey(code);
    }

    /** The problems kept, in the order found. */
    public List<Problem> listed() {
        return List.copyOf(listed);
    }

    /**
     * These problems after {@code leading} ones that must be read first (e.g. "this is not a Plume file"), still
     * listing at most {@link #MAX_LISTED} and counting every one.
     */
    public ProblemList withFirst(List<Problem> leading) {
        ProblemList result = ProblemList.of(leading);
        Map<String, Integer> unlisted = new HashMap<>(countByCode);
        for (Problem problem : listed) {
            result.add(problem);
            unlisted.merge(problem.code(), -1, Integer::sum);
        }
        unlisted.forEach((code, count) -> {
            if (count > 0) {
                result.total += count;
                result.countByCode.merge(code, count, Integer::sum);
            }
        });
        return result;
    }

    public ProblemSummary summary() {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        countByCode.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> byCode.put(entry.getKey(), entry.getValue()));
        return new ProblemSummary(total, listed.size(), byCode);
    }
}
