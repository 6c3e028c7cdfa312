package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.CertificateDocument.AreaLine;
import fr.plume.tool.certification.domain.CertificateState;
import fr.plume.tool.certification.domain.RevocationReason;
import fr.plume.tool.certification.domain.ScoreBand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a verifier is told about a code. For an unknown code every field but the state and the
 * code is empty; levels per domain and competency only when the holder chose to show them.
 */
public record Verification(CertificateState state, String code, String holderName, String certification,
        LocalDate sittingDate, Integer level, ScoreBand scoreBand, Instant issuedAt, Instant validUntil,
        Instant revokedAt, RevocationReason revocationReason, List<AreaLine> domains, List<AreaLine> competencies) {

    public Verification {
        domains = domains == null ? List.of() : List.copyOf(domains);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
    }

    static Verification unknown(String code) {
        return new Verification(CertificateState.UNKNOWN, code, null, null, null, null, null, null, null, null, null,
                List.of(), List.of());
    }

    public boolean detailsShown() {
        return !domains.isEmpty() || !competencies.isEmpty();
    }
}
