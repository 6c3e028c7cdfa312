package fr.plume.framework.diff;

import fr.plume.framework.model.Domain;

import java.util.Set;

/** A domain present in both versions (same idnumber) whose own fields differ (not its competencies). */
public record DomainChange(Domain before, Domain after, Set<Aspect> aspects) {

    public DomainChange {
        aspects = Set.copyOf(aspects);
    }
}
