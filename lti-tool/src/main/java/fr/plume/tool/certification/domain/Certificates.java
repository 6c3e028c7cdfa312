package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The stored certificates. */
public interface Certificates {

    /** What storing a new certificate did. */
    enum Stored { STORED, ALREADY_ISSUED, CODE_OR_SLOT_TAKEN }

    /** Stores it unless the candidate already has one; a code or status slot in use is left for a new try. */
    Stored insert(IssuedCertificate issued);

    Optional<Certificate> byCode(VerificationCode code);

    Optional<Certificate> byCandidate(UUID candidateId);

    Optional<Certificate> byId(UUID id);

    /** The holder's certificates, newest first. */
    List<Certificate> ofHolder(UUID memberId, UUID userId);

    /** The signed PDF of one of the holder's certificates. */
    Optional<byte[]> pdfOfHolder(UUID memberId, UUID userId, UUID certificateId);

    Optional<String> credentialOf(UUID certificateId);

    /** Chooses whether verifiers see the levels per domain and competency; false when not the holder's. */
    boolean showDetails(UUID memberId, UUID userId, UUID certificateId, boolean detailsPublic);

    /** Revokes it unless it already is; false when unknown or already revoked. */
    boolean revoke(UUID certificateId, RevocationReason reason, String revokedBy, Instant at);

    /** The revoked indexes of one status list. */
    List<Integer> revokedIndexes(UUID statusListId);

    /** Every certificate, oldest first, handed one at a time (the register export streams them). */
    void forEach(Consumer<Certificate> consumer);

    /** The newest {@code limit} certificates, for the officer's page. */
    List<Certificate> newest(int limit);
}
