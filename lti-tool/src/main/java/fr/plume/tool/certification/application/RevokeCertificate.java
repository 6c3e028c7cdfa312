package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.RevocationReason;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certification officer revokes a certificate with a reason category: its status list bit is
 * set (verifiers see it at their next fetch), the verification page says revoked, and the
 * revocation is written to the module's hash-chained audit log in the same transaction.
 */
@Service
public class RevokeCertificate {

    public static final String NOT_FOUND = "CERT-NOT-FOUND";
    public static final String ALREADY_REVOKED = "CERT-ALREADY-REVOKED";

    private final Certificates certificates;
    private final AuditTrail audit;
    private final VerifyCertificate verification;
    private final ShowStatusList statusList;
    private final Clock clock;

    RevokeCertificate(Certificates certificates, AuditTrail audit, VerifyCertificate verification,
            ShowStatusList statusList, Clock clock) {
        this.certificates = certificates;
        this.audit = audit;
        this.verification = verification;
        this.statusList = statusList;
        this.clock = clock;
    }

    @Transactional
    public Certificate revoke(UUID certificateId, RevocationReason reason, String note, String officer) {
        Certificate certificate = certificates.byId(certificateId)
                .orElseThrow(() -> new PlumeProblemException(NOT_FOUND, 404));
        Instant now = clock.instant();
        if (!certificates.revoke(certificateId, reason, officer, now)) {
            throw new PlumeProblemException(ALREADY_REVOKED, 409);
        }
        // The note may name people: the log keeps its length only, the certificate row keeps the reason.
        audit.append(certificate.memberId(), officer, "certificate.revoked", certificate.candidateId(),
                "certificate=" + certificateId + " reason=" + reason.name() + " noteLength="
                        + (note == null ? 0 : note.length()));
        verification.forget(certificate.code());
        statusList.forget(certificate.statusSlot().listId());
        return certificates.byId(certificateId).orElseThrow();
    }
}
