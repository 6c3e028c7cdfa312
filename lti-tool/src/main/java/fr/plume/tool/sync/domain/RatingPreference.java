package fr.plume.tool.sync.domain;

import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A course team's choice about rating competencies in their Moodle course.
 *
 * @param contextId Plume's course context id
 * @param enabled   whether ratings are pushed at all
 * @param origins   which results count: diagnostics, certifications (never empty when enabled)
 */
public record RatingPreference(UUID contextId, boolean enabled, Set<RatingOrigin> origins) {

    public RatingPreference {
        origins = origins.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(origins));
    }

    /** What a course that never chose has: nothing is pushed. */
    public static RatingPreference off(UUID contextId) {
        return new RatingPreference(contextId, false, Set.of());
    }

    public boolean pushes(RatingOrigin origin) {
        return enabled && origins.contains(origin);
    }
}
