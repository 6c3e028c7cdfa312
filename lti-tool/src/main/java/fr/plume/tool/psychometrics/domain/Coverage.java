package fr.plume.tool.psychometrics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Operational items per competency × level: where the bank is thin. A cell with fewer than
 * {@value #MIN_ITEMS} items cannot feed an adaptive test at that level without over-exposing them.
 */
public record Coverage(List<String> competencies, int levels, Map<String, int[]> counts) {

    public static final int MIN_ITEMS = 3;

    public record Placed(String competency, int level) {
    }

    public record Gap(String competency, int level, int count) {
    }

    public static Coverage of(List<String> competencies, int levels, List<Placed> items) {
        Map<String, int[]> counts = new TreeMap<>();
        competencies.forEach(code -> counts.put(code, new int[levels]));
        for (Placed item : items) {
            int[] row = counts.get(item.competency());
            if (row != null && item.level() >= 1 && item.level() <= levels) {
                row[item.level() - 1]++;
            }
        }
        return new Coverage(List.copyOf(competencies), levels, counts);
    }

    public int count(String competency, int level) {
        return counts.get(competency)[level - 1];
    }

    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (String competency : competencies) {
            for (int level = 1; level <= levels; level++) {
                if (count(competency, level) < MIN_ITEMS) {
                    gaps.add(new Gap(competency, level, count(competency, level)));
                }
            }
        }
        return gaps;
    }
}
