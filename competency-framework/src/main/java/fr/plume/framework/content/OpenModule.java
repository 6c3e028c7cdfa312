package fr.plume.framework.content;

import fr.plume.framework.model.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An open module: an ordered group of items and resources that members co-produce and reuse
 * (DESIGN §3). A published version never changes; editing it makes version + 1 with the same id.
 *
 * @param objectives       what the module teaches, one or more per competency of the framework
 * @param estimatedMinutes the time a student needs, as authors estimate it
 * @param licence          an SPDX-style identifier, CC-BY-SA-4.0 by default
 * @param institutions     the member universities that produced it
 */
public record OpenModule(
        UUID id,
        int version,
        LocalizedText title,
        LocalizedText summary,
        List<Objective> objectives,
        int estimatedMinutes,
        String licence,
        List<String> authors,
        List<String> institutions,
        List<ModuleEntry> entries,
        ItemStatus status) {

    public static final String DEFAULT_LICENCE = "CC-BY-SA-4.0";

    public OpenModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(status, "status");
        objectives = List.copyOf(objectives);
        authors = List.copyOf(authors);
        institutions = List.copyOf(institutions);
        entries = List.copyOf(entries);
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
        if (estimatedMinutes < 0) {
            throw new IllegalArgumentException("estimated time cannot be negative: " + estimatedMinutes);
        }
    }

    /** What the module teaches for one competency of the framework (its code, e.g. "2.3"). */
    public record Objective(String competency, LocalizedText text) {
        public Objective {
            Objects.requireNonNull(competency, "competency");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The ids of the items the module practises, in module order. */
    public List<UUID> itemIds() {
        return entries.stream()
                .filter(ModuleEntry.ItemEntry.class::isInstance)
                .map(entry -> ((ModuleEntry.ItemEntry) entry).itemId())
                .toList();
    }
}
