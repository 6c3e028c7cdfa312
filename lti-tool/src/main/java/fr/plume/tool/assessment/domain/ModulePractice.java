package fr.plume.tool.assessment.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A practice of one open module placed in a course: its items, in module order, at the versions
 * the module was published with, fixed when the attempt starts. A later version of the module, or
 * its retirement, does not change an attempt already started.
 *
 * @param items the module's items to answer, in order (each at most once)
 */
public record ModulePractice(UUID attemptId, UUID moduleId, int moduleVersion, List<PinnedItem> items) {

    /** An item at the version the module pins. */
    public record PinnedItem(UUID itemId, int version) {
        public PinnedItem {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    public ModulePractice {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(moduleId, "moduleId");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a module practice needs at least one item");
        }
    }

    /** The item to show once {@code shownCount} items have been shown; empty when all were. */
    public Optional<PinnedItem> next(int shownCount) {
        return shownCount < items.size() ? Optional.of(items.get(shownCount)) : Optional.empty();
    }

    public int size() {
        return items.size();
    }
}
