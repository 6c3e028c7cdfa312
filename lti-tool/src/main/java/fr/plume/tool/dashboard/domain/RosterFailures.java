package fr.plume.tool.dashboard.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The last failure to read a course's roster from its platform, per member and course. */
public interface RosterFailures {

    record RosterFailure(String code, Instant failedAt) {
    }

    Optional<RosterFailure> last(UUID memberId, UUID contextId);

    void failed(UUID memberId, UUID contextId, String code, Instant at);

    void cleared(UUID memberId, UUID contextId);
}
