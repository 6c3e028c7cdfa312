package fr.plume.tool.certification.domain;

import fr.plume.tool.certification.api.CandidateCertified.AreaLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An issued certificate as stored, without its PDF and credential (read by verification and lists). */
public record Certificate(UUID id, UUID candidateId, UUID attemptId, UUID memberId, UUID userId, VerificationCode code,
        String holderName, String certification, String frameworkVersion, LocalDate sittingDate, int score,
        int scoreMargin, int level, List<AreaLevel> domains, List<AreaLevel> competencies, Instant issuedAt,
        Instant validUntil, StatusSlot statusSlot, boolean detailsPublic, Revocation revocation) {

    public Certificate {
        domains = List.copyOf(domains);
        competencies = List.copyOf(competencies);
    }

    /** Set when the certificate was revoked. */
    public record Revocation(Instant at, RevocationReason reason) {
    }

    public CertificateState stateAt(Instant now) {
        if (revocation != null) {
            return CertificateState.REVOKED;
        }
        return now.isBefore(validUntil) ? CertificateState.VALID : CertificateState.EXPIRED;
    }

    public ScoreBand scoreBand() {
        return ScoreBand.of(score, scoreMargin);
    }
}
