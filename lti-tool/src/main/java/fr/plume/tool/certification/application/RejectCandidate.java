package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The officer rejects a candidate's result with a reason (fraud established, identity not proven…): no certificate. */
@Component
public class RejectCandidate {

    private final Candidates candidates;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    RejectCandidate(Candidates candidates, Permissions permissions, AuditTrail audit, Clock clock) {
        this.candidates = candidates;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void reject(Actor actor, UUID memberId, UUID candidateId, String reason) {
        permissions.requireOfficer(actor);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new PlumeProblemException("CERTIFICATION-REASON-REQUIRED", 400);
        }
        Candidate candidate = candidates.lock(memberId, candidateId)
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        if (candidate.decision() != Decision.TO_REVIEW) {
            throw new PlumeProblemException("CERTIFICATION-NOT-TO-REVIEW", 409);
        }
        candidates.decide(memberId, candidateId, Decision.REJECTED, text, candidate.neutralisedItems(), clock.instant());
        // The reason may name people: the audit row keeps that a reason was given, the candidate row keeps it.
        audit.append(memberId, actor.name(), "candidate.rejected", candidateId, "reasonLength=" + text.length());
    }
}
