package fr.plume.framework.content;

import java.util.Objects;

/** One criterion of an essay marking grid and the points it is worth. */
public record RubricCriterion(ItemText criterion, int maxPoints) {

    public RubricCriterion {
        Objects.requireNonNull(criterion, "criterion");
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
    }
}
