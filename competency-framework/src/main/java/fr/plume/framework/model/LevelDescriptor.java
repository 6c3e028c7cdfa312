package fr.plume.framework.model;

import java.util.Objects;

/**
 * What a learner can do at one level (1 to 6) of a competency.
 * Out-of-range levels can be represented so that importers can report them; the validator rejects them.
 */
public record LevelDescriptor(int level, LocalizedText text) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 6;

    public LevelDescriptor {
        Objects.requireNonNull(text, "text");
    }

    public boolean inRange() {
        return level >= MIN_LEVEL && level <= MAX_LEVEL;
    }
}
