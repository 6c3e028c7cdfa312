package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The groups of the attempts whose answers {@link ScoredResponses} hands over, for differential
 * item functioning between member universities and between candidates with and without
 * accommodations (issue 16). Per attempt id only: no person, no response.
 */
public interface AnsweringGroups {

    /**
     * @param accommodated the attempt was taken with accommodations (accessible items only, or extra time)
     */
    record AttemptGroup(UUID memberId, boolean accommodated) {
    }

    /** The group of every attempt with a scored answer given in [from, to), by attempt id. */
    Map<UUID, AttemptGroup> of(Instant from, Instant to);
}
