package fr.plume.tool.assessment.domain;

import fr.plume.framework.content.Response;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Attempts, their shown items and results, and the students' mastery. Every operation works
 * within one member (DESIGN §4); reads for a student also within one user.
 */
public interface Attempts {

    void insert(Attempt attempt);

    /**
     * Inserts a certifying attempt on seat {@code seat} of this person and certification; false
     * when that seat is already taken (a concurrent start, on this node or another).
     */
    boolean insertCertifying(Attempt attempt, String certificationId, int seat);

    /** The attempt of this student, or empty when it belongs to someone else. */
    Optional<Attempt> find(UUID memberId, UUID userId, UUID attemptId);

    /**
     * The attempt of this student with its shown items and stored posterior, locked until the
     * transaction ends: one request per attempt at a time.
     */
    Optional<AttemptProgress> lock(UUID memberId, UUID userId, UUID attemptId);

    /** The student's attempts, newest first. */
    List<Attempt> ofUser(UUID memberId, UUID userId);

    /** The certifying attempts of this person at this certification, in seat order. */
    List<CertificationSeat> certificationSeats(UUID memberId, UUID userId, String certificationId);

    void insertShown(UUID memberId, ShownItem shown);

    /** The items shown in an attempt, in order. */
    List<ShownItem> shown(UUID memberId, UUID attemptId);

    /**
     * Saves the answer (canonical: in the author's indices) to the pending item holding this token,
     * and the attempt's posterior that counts it; false, and nothing saved, when the token is not
     * the pending one.
     */
    boolean saveAnswer(UUID memberId, UUID attemptId, int position, String token, Response canonical,
            boolean correct, double credit, Instant at, AbilityPosterior posterior);

    /**
     * Stores the prior a new attempt starts from as its posterior before any answer (issue 17:
     * the certifying test starts from the candidate's profile).
     */
    void savePrior(UUID memberId, UUID attemptId, AbilityPosterior prior);

    /**
     * Marks the pending item answered without a verdict (awaiting human marking), so no estimate
     * ever counts it; false when the token is not the pending one.
     */
    boolean saveAwaitingMarking(UUID memberId, UUID attemptId, int position, String token, Instant at);

    /** Item ids this student was shown in their other attempts. */
    Set<String> seenElsewhere(UUID memberId, UUID userId, UUID attemptId);

    /** Every answered and scored item of the student in diagnostic and formative attempts, oldest first. */
    List<ShownItem> answeredForMastery(UUID memberId, UUID userId);

    /** Ends an attempt with its estimate, its levels per competency and its validity. */
    void complete(Attempt attempt, EndReason reason, Instant at, Validity validity, AbilityEstimate estimate,
            int scoreMaximum);

    /** Ends a writing session: its essay waits for a teacher, so there is no estimate to store. */
    void completeWithoutScore(Attempt attempt, EndReason reason, Instant at);

    Optional<AttemptSummary> summary(UUID memberId, UUID attemptId);

    List<CompetencyResult> competencyResults(UUID memberId, UUID attemptId);

    void saveMastery(UUID memberId, UUID userId, List<CompetencyResult> results, Instant at);

    List<CompetencyResult> mastery(UUID memberId, UUID userId);
}
