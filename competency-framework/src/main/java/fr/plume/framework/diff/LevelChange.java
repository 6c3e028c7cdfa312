package fr.plume.framework.diff;

import fr.plume.framework.model.LocalizedText;

import java.util.Optional;

/** A level descriptor added, removed or reworded between two versions of a competency. */
public record LevelChange(int level, Optional<LocalizedText> before, Optional<LocalizedText> after) {

    public enum Kind { ADDED, CHANGED, REMOVED }

    public Kind kind() {
        if (before.isEmpty()) {
            return Kind.ADDED;
        }
        return after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    }
}
