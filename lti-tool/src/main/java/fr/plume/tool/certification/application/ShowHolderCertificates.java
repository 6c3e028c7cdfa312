package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A launched student's own certificates: the list, the signed PDF, and whether verifiers see
 * the levels per domain and competency (hidden until the holder shows them). Every query is
 * bound to the launch's member and user.
 */
@Service
public class ShowHolderCertificates {

    private final Certificates certificates;
    private final VerifyCertificate verification;
    private final AuditTrail audit;

    ShowHolderCertificates(Certificates certificates, VerifyCertificate verification, AuditTrail audit) {
        this.certificates = certificates;
        this.verification = verification;
        this.audit = audit;
    }

    public List<Certificate> list(UUID memberId, UUID userId) {
        return certificates.ofHolder(memberId, userId);
    }

    public byte[] pdf(UUID memberId, UUID userId, UUID certificateId) {
        return certificates.pdfOfHolder(memberId, userId, certificateId)
                .orElseThrow(() -> new PlumeProblemException(RevokeCertificate.NOT_FOUND, 404));
    }

    /** The holder's choice, written to the audit log with the change (what verifiers see is part of the record). */
    @Transactional
    public void showDetails(UUID memberId, UUID userId, UUID certificateId, boolean shown) {
        if (!certificates.showDetails(memberId, userId, certificateId, shown)) {
            throw new PlumeProblemException(RevokeCertificate.NOT_FOUND, 404);
        }
        Certificate certificate = certificates.byId(certificateId).orElseThrow();
        audit.append(memberId, "lti:" + userId, shown ? "certificate.details-shown" : "certificate.details-hidden",
                certificate.candidateId(), "certificate=" + certificateId);
        verification.forget(certificate.code());
    }
}
