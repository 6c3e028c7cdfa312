package fr.plume.framework.format;

import fr.plume.framework.model.Framework;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ValidationReport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a framework file: either a valid framework and no problem, or no framework and every
 * problem found. A framework is never returned alongside problems, so nothing half-built can be stored.
 */
public record ImportResult(Optional<Framework> framework, List<Problem> problems) {

    public ImportResult {
        Objects.requireNonNull(framework, "framework");
        problems = List.copyOf(problems);
        if (framework.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("An import with problems must not carry a framework");
        }
        if (framework.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("A failed import must say why");
        }
    }

    public static ImportResult success(Framework framework) {
        return new ImportResult(Optional.of(framework), List.of());
    }

    public static ImportResult failure(List<Problem> problems) {
        return new ImportResult(Optional.empty(), problems);
    }

    public static ImportResult failure(Problem problem) {
        return failure(List.of(problem));
    }

    /**
     * A success with the framework if there are no problems, else a failure with these problems. A problem found
     * twice (e.g. through two rows sharing a duplicate code) is listed once.
     */
    public static ImportResult of(Framework framework, List<Problem> problems) {
        return problems.isEmpty() ? success(framework) : failure(problems.stream().distinct().toList());
    }

    public boolean ok() {
        return framework.isPresent();
    }

    public ValidationReport report() {
        return new ValidationReport(problems);
    }
}
