package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Where revocations are written down for audit. The module's append-only, hash-chained audit log
 * (issue 17, organisation side) implements it when it lands; until then revocations are kept on
 * the certificate row (who, when, why) and this port is called in the same transaction.
 */
public interface RevocationAudit {

    void revoked(UUID certificateId, RevocationReason reason, String note, String revokedBy, Instant at);
}
