package fr.plume.tool.certification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published in the transaction where a certification officer publishes a candidate's result: from
 * then on a certificate is issued for it (once per candidate, keyed by {@code candidateId}).
 *
 * @param memberId      the member (centre's university) the candidate belongs to
 * @param holderName    the name printed on the certificate, as enrolled
 * @param certification the certification's identity (the activity's {@code plume_activity})
 * @param sittingDate   the date of the session, in the centre's time zone
 * @param score         the published score on the 0–1000 scale
 * @param scoreMargin   the ± margin of that score (1.96 standard errors, same scale)
 * @param level         overall level 1–6
 * @param domains       level per domain of the framework
 * @param competencies  level per competency, with its uncertainty
 */
public record CandidateCertified(UUID candidateId, UUID attemptId, UUID memberId, UUID userId, String holderName,
        String certification, String frameworkVersion, LocalDate sittingDate, int score, int scoreMargin, int level,
        List<AreaLevel> domains, List<AreaLevel> competencies, Instant publishedAt) {

    public CandidateCertified {
        domains = List.copyOf(domains);
        competencies = List.copyOf(competencies);
    }

    /**
     * @param code        the framework's code of the domain ("2") or competency ("2.3")
     * @param level       1–6
     * @param indicative  true when the uncertainty is too large for the level to be more than indicative
     */
    public record AreaLevel(String code, int level, double standardError, boolean indicative) {
    }
}
