package fr.plume.tool.framework.api;

import fr.plume.framework.validation.Problem;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;

/** An import refused as a whole, with every problem found; nothing was stored. */
public class FrameworkImportRejected extends PlumeProblemException {

    private final transient List<Problem> problems;

    public FrameworkImportRejected(String code, List<Problem> problems) {
        super(code, 422, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
