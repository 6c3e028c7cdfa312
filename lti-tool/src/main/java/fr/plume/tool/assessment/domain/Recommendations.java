package fr.plume.tool.assessment.domain;

import java.util.Comparator;
import java.util.List;

/** The competencies to practise first: the weakest ones (lowest θ), at most {@code count}. */
public final class Recommendations {

    private Recommendations() {
    }

    public static List<CompetencyResult> weakest(List<CompetencyResult> results, int count) {
        return results.stream()
                .sorted(Comparator.comparingDouble(CompetencyResult::theta).thenComparing(CompetencyResult::competency))
                .limit(count)
                .toList();
    }
}
