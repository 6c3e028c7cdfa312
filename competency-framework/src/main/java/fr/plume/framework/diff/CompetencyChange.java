package fr.plume.framework.diff;

import fr.plume.framework.model.Competency;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A competency present in both versions (same idnumber) whose content differs. */
public record CompetencyChange(Competency before, Competency after, Set<Aspect> aspects, List<LevelChange> levelChanges) {

    public CompetencyChange {
        aspects = Set.copyOf(aspects);
        levelChanges = List.copyOf(levelChanges);
    }

    public UUID idnumber() {
        return after.idnumber();
    }
}
