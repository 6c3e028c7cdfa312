package fr.plume.tool.assessment.engine;

import java.util.Objects;

/**
 * One answer as the engine sees it: right or wrong, with the item parameters that were copied into
 * the attempt when it was shown (the student's own response is a {@code fr.plume.framework.content.Response}).
 */
public record ScoredResponse(ItemParameters item, boolean correct) {

    public ScoredResponse {
        Objects.requireNonNull(item, "item");
    }
}
