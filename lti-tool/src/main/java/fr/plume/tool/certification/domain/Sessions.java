package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Certification sessions. Sessions are national data for officers, hence lookups by id; callers check the member. */
public interface Sessions {

    /** @return false when the access code is taken (draw another) */
    boolean insert(CertificationSession session, Instant at);

    Optional<CertificationSession> find(UUID id);

    Optional<CertificationSession> findByCode(AccessCode code);

    /** The session's row, locked until the end of the transaction. */
    Optional<CertificationSession> lock(UUID id);

    List<CertificationSession> ofCentres(List<UUID> centreIds);

    void countPinFailure(UUID id);

    void clearPinFailures(UUID id);

    /** A new PIN hash; the wrong PINs counted so far are forgotten with the old PIN. */
    void replacePin(UUID memberId, UUID id, String pinHash);

    void finalise(UUID id, Instant at, String by);
}
