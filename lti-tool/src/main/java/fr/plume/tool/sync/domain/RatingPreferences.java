package fr.plume.tool.sync.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Course teams' rating choices, always read and written within one member. */
public interface RatingPreferences {

    Optional<RatingPreference> find(UUID memberId, UUID contextId);

    /** The member's courses that turned pushing on. */
    List<RatingPreference> enabled(UUID memberId);

    void save(UUID memberId, RatingPreference preference, UUID by, Instant at);
}
