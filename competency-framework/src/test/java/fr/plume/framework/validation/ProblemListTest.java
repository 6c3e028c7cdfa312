package fr.plume.framework.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemListTest {

    private static Problem problem(String code, int line) {
        return new Problem(code, "ligne " + line, "Problème " + line);
    }

    @Test
    void listsTheFirstProblemsAndOnlyCountsTheOthersByCode() {
        ProblemList problems = new ProblemList();
        for (int line = 1; line <= 1_000; line++) {
            problems.add(problem(line % 4 == 0 ? "B" : "A", line));
        }

        assertThat(problems.listed()).hasSize(ProblemList.MAX_LISTED).first().isEqualTo(problem("A", 1));
        ProblemSummary summary = problems.summary();
        assertThat(summary.total()).isEqualTo(1_000);
        assertThat(summary.notListed()).isEqualTo(1_000 - ProblemList.MAX_LISTED);
        assertThat(summary.countByCode()).containsExactly(Map.entry("A", 750), Map.entry("B", 250));
    }

    @Test
    void listsAProblemFoundTwiceOnce() {
        ProblemList problems = ProblemList.of(List.of(problem("A", 1), problem("A", 1), problem("B", 2)));

        assertThat(problems.listed()).containsExactly(problem("A", 1), problem("B", 2));
        assertThat(problems.summary().total()).isEqualTo(2);
    }

    @Test
    void putsLeadingProblemsFirstAndKeepsCountingEveryProblem() {
        ProblemList details = new ProblemList();
        for (int line = 1; line <= 300; line++) {
            details.add(problem("A", line));
        }

        ProblemList all = details.withFirst(List.of(problem("FIRST", 0)));

        assertThat(all.listed()).hasSize(ProblemList.MAX_LISTED).first().isEqualTo(problem("FIRST", 0));
        assertThat(all.listed().get(1)).isEqualTo(problem("A", 1));
        assertThat(all.summary().total()).isEqualTo(301);
        assertThat(all.summary().countByCode()).containsExactly(Map.entry("A", 300), Map.entry("FIRST", 1));
    }
}
