package fr.plume.tool.itembank.domain;

import fr.plume.framework.content.ItemStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every version of every open module, as authoring works on them. */
public interface ModuleVersions {

    Optional<ModuleVersion> latest(UUID moduleId);

    Optional<ModuleVersion> find(UUID moduleId, int version);

    /** The latest version of every module, most recently changed first. */
    List<ModuleVersion> latestOfEach();

    /** False when the module already has a version being worked on. */
    boolean insert(ModuleVersion version);

    boolean updateDraft(ModuleVersion version);

    /** Moves a version between statuses; reaching PUBLISHED or RETIRED stamps {@code changedAt}. */
    boolean move(UUID moduleId, int version, ItemStatus from, ItemStatus to, String reviewer, Instant at);
}
