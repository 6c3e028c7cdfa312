package fr.plume.tool.demo.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Pending launches, one-time like Moodle's session-held message hint. */
public interface LaunchIntents {

    void save(LaunchIntent intent);

    Optional<LaunchIntent> find(UUID id);

    /** Removes and returns the intent: an authentication request can use it once. */
    Optional<LaunchIntent> consume(UUID id, Instant now);
}
