package fr.plume.framework.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every problem found, in the order found; empty when the framework is valid. */
public record ValidationReport(List<Problem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public static ValidationReport valid() {
        return new ValidationReport(List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<Problem> withCode(String code) {
        return problems.stream().filter(problem -> problem.code().equals(code)).toList();
    }

    public ValidationReport and(ValidationReport other) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ValidationReport(all);
    }

    /** A French, human-readable list of the problems, one per line. */
    public String summary() {
        if (ok()) {
            return "Aucun problème.";
        }
        String header = problems.size() == 1 ? "1 problème :" : problems.size() + " problèmes :";
        return problems.stream().map(problem -> "- " + problem).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
