package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Member university juries' decisions and the closing of a session's jury; every method works within one member. */
public interface MemberJuries {

    /** Records the decision, replacing an earlier one for the same candidate. */
    void decide(MemberJuryDecision decision);

    Optional<MemberJuryDecision> of(UUID memberId, UUID candidateId);

    List<MemberJuryDecision> ofSession(UUID memberId, UUID sessionId);

    /** When the member's jury of this session was closed, or empty while it is open. */
    Optional<Instant> closedAt(UUID memberId, UUID sessionId);

    /** @return false when it was closed already */
    boolean close(UUID memberId, UUID sessionId, String by, Instant at);
}
