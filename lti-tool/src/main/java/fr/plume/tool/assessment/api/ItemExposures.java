package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.Map;

/**
 * How often items were shown, for exposure control (issue 16): consortium-wide counts only, no
 * person and no member. Pretest items shown unscored are left out: they are not chosen by the
 * engine, so they say nothing about its exposure.
 */
public interface ItemExposures {

    /**
     * @param attempts attempts of the mode started since the given instant that showed at least one item
     * @param shown    for each item id, the number of those attempts that showed it
     */
    record Counts(int attempts, Map<String, Integer> shown) {

        public Counts {
            shown = Map.copyOf(shown);
        }
    }

    /** Counts for attempts of this mode ({@code DIAGNOSTIC}, {@code FORMATIVE}, {@code CERTIFICATION}) started since then. */
    Counts counts(String mode, Instant since);
}
