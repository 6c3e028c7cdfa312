package fr.plume.tool.certification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the certification module holds about one person, for the privacy module
 * (docs/privacy.md): their candidacies with accommodations and decisions, and their certificates.
 * Issued certificates are never changed by an erasure: they are public acts that anyone holding
 * the code may verify.
 */
public interface CandidateRecords {

    record Candidacy(String certification, Instant sessionStartsAt, String centre, String holderName,
            String status, String decision, int extraTimePercent, boolean accessibleItems, Instant enrolledAt,
            List<Incident> incidents) {
    }

    record Incident(String kind, String note, Instant recordedAt) {
    }

    record Certificate(String code, String holderName, String certification, LocalDate sittingDate, int score,
            int level, Instant issuedAt, Instant validUntil, boolean detailsPublic, Instant revokedAt) {
    }

    /** What a pseudonymisation changed and what it kept. */
    record Pseudonymised(int candidacies, int certificatesKept) {
    }

    List<Candidacy> candidacies(UUID memberId, UUID personId, String platformSubject);

    List<Certificate> certificates(UUID memberId, UUID personId);

    /**
     * Whether a certification of the person is still under way: a session not finalised yet, a
     * result awaiting the jury, or a certificate waiting to be issued.
     */
    boolean inProgress(UUID memberId, UUID personId, String platformSubject);

    /**
     * Replaces the holder name of the person's candidacies by {@code pseudonym} and forgets their
     * platform id; candidacies that led to a certificate keep the name printed on it.
     */
    Pseudonymised pseudonymise(UUID memberId, UUID personId, String platformSubject, String pseudonym);

    /** Deletes the verification page's rate-limit windows that started before {@code before}. */
    int deleteVerificationCountersBefore(Instant before);
}
