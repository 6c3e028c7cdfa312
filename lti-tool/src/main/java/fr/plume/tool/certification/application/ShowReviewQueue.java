package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.AuditEntry;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.Incidents;
import fr.plume.tool.certification.domain.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national officer's queue: every candidate the automatic jury found valid, with their score
 * and its margin, level per competency and its uncertainty, incidents and audit trail, and what
 * still holds its publication (essays waiting for marking, the member jury's decision).
 */
@Component
public class ShowReviewQueue {

    public static final int LIMIT = 500;

    /**
     * @param rescore  the rescored result that replaces the attempt's at publication, if any
     * @param standing essays' marking and the member jury's decision: what may still hold publication
     */
    public record Review(Candidate candidate, CertificationSession session,
            Optional<CertifyingAttempts.CertifyingAttempt> attempt, List<Incident> incidents, List<AuditEntry> trail,
            Optional<fr.plume.tool.certification.domain.Rescore> rescore, PublicationGate.Standing standing) {
    }

    private final Candidates candidates;
    private final Sessions sessions;
    private final Incidents incidents;
    private final CertifyingAttempts attempts;
    private final AuditTrail audit;
    private final Permissions permissions;
    private final PublicationGate gate;

    ShowReviewQueue(Candidates candidates, Sessions sessions, Incidents incidents, CertifyingAttempts attempts,
            AuditTrail audit, Permissions permissions, PublicationGate gate) {
        this.gate = gate;
        this.candidates = candidates;
        this.sessions = sessions;
        this.incidents = incidents;
        this.attempts = attempts;
        this.audit = audit;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    public List<Review> queue(Actor actor) {
        permissions.requireOfficer(actor);
        List<Review> reviews = new ArrayList<>();
        for (Candidate candidate : candidates.withDecision(Decision.TO_REVIEW, LIMIT)) {
            CertificationSession session = sessions.find(candidate.sessionId()).orElseThrow();
            List<Incident> own = incidents.ofSession(session.memberId(), session.id()).stream()
                    .filter(i -> i.candidateId().equals(candidate.id())).toList();
            Optional<CertifyingAttempts.CertifyingAttempt> attempt = candidate.attemptId() == null ? Optional.empty()
                    : attempts.describe(candidate.memberId(), candidate.userId(), candidate.attemptId());
            reviews.add(new Review(candidate, session, attempt, own,
                    audit.ofSubjects(List.of(candidate.id())), candidates.rescoreOf(candidate.memberId(), candidate.id()),
                    gate.standing(candidate)));
        }
        return reviews;
    }

    @Transactional(readOnly = true)
    public List<Candidate> decided(Actor actor, Decision decision) {
        permissions.requireOfficer(actor);
        return candidates.withDecision(decision, LIMIT);
    }
}
