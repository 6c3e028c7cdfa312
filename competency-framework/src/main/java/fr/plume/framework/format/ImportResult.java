package fr.plume.framework.format;

import fr.plume.framework.model.Framework;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemList;
import fr.plume.framework.validation.ProblemSummary;
import fr.plume.framework.validation.ValidationReport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a framework file: either a valid framework and no problem, or no framework and the
 * problems found. A framework is never returned alongside problems, so nothing half-built can be stored.
 * At most {@link ProblemList#MAX_LISTED} problems are listed; {@link #summary()} counts them all.
 */
public record ImportResult(Optional<Framework> framework, List<Problem> problems, ProblemSummary summary) {

    public ImportResult {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(summary, "summary");
        problems = List.copyOf(problems);
        if (problems.size() != summary.listed()) {
            throw new IllegalArgumentException("The summary must count the problems listed");
        }
        if (framework.isPresent() && summary.total() > 0) {
            throw new IllegalArgumentException("An import with problems must not carry a framework");
        }
        if (framework.isEmpty() && summary.total() == 0) {
            throw new IllegalArgumentException("A failed import must say why");
        }
    }

    /** Lists the first {@link ProblemList#MAX_LISTED} distinct problems and counts them all. */
    public ImportResult(Optional<Framework> framework, List<Problem> problems) {
        this(framework, ProblemList.of(problems));
    }

    private ImportResult(Optional<Framework> framework, ProblemList problems) {
        this(framework, problems.listed(), problems.summary());
    }

    public static ImportResult success(Framework framework) {
        return new ImportResult(Optional.of(framework), List.of(), ProblemSummary.NONE);
    }

    public static ImportResult failure(List<Problem> problems) {
        return new ImportResult(Optional.empty(), problems);
    }

    public static ImportResult failure(Problem problem) {
        return failure(List.of(problem));
    }

    public static ImportResult failure(ProblemList problems) {
        return new ImportResult(Optional.empty(), problems);
    }

    /** A success with the framework if there are no problems, else a failure with these problems. */
    public static ImportResult of(Framework framework, List<Problem> problems) {
        return of(framework, ProblemList.of(problems));
    }

    public static ImportResult of(Framework framework, ProblemList problems) {
        return problems.isEmpty() ? success(framework) : failure(problems);
    }

    public boolean ok() {
        return framework.isPresent();
    }

    public ValidationReport report() {
        return new ValidationReport(problems);
    }
}
