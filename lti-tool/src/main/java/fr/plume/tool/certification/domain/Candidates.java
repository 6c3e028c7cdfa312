package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The candidates of sessions; every method works within one member. */
public interface Candidates {

    void insert(Candidate candidate, Instant at);

    Optional<Candidate> find(UUID memberId, UUID id);

    Optional<Candidate> lock(UUID memberId, UUID id);

    List<Candidate> ofSession(UUID memberId, UUID sessionId);

    int count(UUID memberId, UUID sessionId);

    Optional<Candidate> bySubject(UUID memberId, UUID sessionId, String platformSubject);

    Optional<Candidate> byUser(UUID memberId, UUID sessionId, UUID userId);

    /** The candidate who sat this certifying attempt, if it was sat in a session. */
    Optional<Candidate> byAttempt(UUID memberId, UUID attemptId);

    /**
     * The user's candidacy, locked, in a session of this certification that is not finalised, most
     * recent session first.
     */
    Optional<Candidate> lockOpenCandidacy(UUID memberId, UUID userId, String certificationId);

    /** Links the roster row to the person who joined, with the eligibility judged on their profile now. */
    void linkUser(UUID memberId, UUID candidateId, UUID userId, boolean eligible, String ineligibleReason, Instant at);

    void changeStatus(UUID memberId, UUID candidateId, CandidateStatus status, Instant at);

    void attachAttempt(UUID memberId, UUID candidateId, UUID attemptId, Instant at);

    void decide(UUID memberId, UUID candidateId, Decision decision, String reason, int neutralised, Instant at);

    /** Candidates of every member with this decision (the national officer's queue), oldest session first. */
    List<Candidate> withDecision(Decision decision, int limit);

    /** Stores the rescored result of a candidate awaiting review (replacing an earlier one). */
    void rescore(UUID memberId, UUID candidateId, Rescore rescore, Instant at);

    Optional<Rescore> rescoreOf(UUID memberId, UUID candidateId);
}
