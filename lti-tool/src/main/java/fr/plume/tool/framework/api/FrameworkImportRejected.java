package fr.plume.tool.framework.api;

import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemList;
import fr.plume.framework.validation.ProblemSummary;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;

/**
 * An import refused as a whole; nothing was stored. Carries the problems listed (at most
 * {@link ProblemList#MAX_LISTED}) and a summary counting them all, shown first.
 */
public class FrameworkImportRejected extends PlumeProblemException {

    private final transient List<Problem> problems;
    private final transient ProblemSummary summary;

    public FrameworkImportRejected(String code, List<Problem> problems) {
        this(code, problems, ProblemList.of(problems).summary());
    }

    public FrameworkImportRejected(String code, List<Problem> problems, ProblemSummary summary) {
        super(code, 422, summary.total());
        this.problems = List.copyOf(problems);
        this.summary = summary;
    }

    public List<Problem> problems() {
        return problems;
    }

    public ProblemSummary summary() {
        return summary;
    }
}
