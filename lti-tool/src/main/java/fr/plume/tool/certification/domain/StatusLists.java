package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The Bitstring Status Lists the tool publishes. */
public interface StatusLists {

    record StatusList(UUID id, int sizeBits, int allocated) {
    }

    /** The list new certificates go to: one less than half full, created when there is none. */
    StatusList open(Instant now);

    Optional<StatusList> byId(UUID id);

    /** Whether a certificate already uses that index. */
    boolean taken(StatusSlot slot);
}
