package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invigilator lets a waiting candidate start, or resume after a closed tab or a lost network:
 * the authorisation is used by the next start (assessment asks {@link AdmitCandidates}), once.
 */
@Component
public class AuthoriseCandidate {

    private final Sessions sessions;
    private final Candidates candidates;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    AuthoriseCandidate(Sessions sessions, Candidates candidates, Permissions permissions, AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void authorise(Actor actor, UUID sessionId, UUID candidateId) {
        CertificationSession session = sessions.find(sessionId).orElseThrow(() -> Permissions.refused(actor, "invigilation"));
        permissions.requireInvigilation(actor, session);
        Candidate candidate = candidates.lock(session.memberId(), candidateId)
                .filter(c -> c.sessionId().equals(session.id()))
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        if (session.finalised() || candidate.status() != CandidateStatus.WAITING) {
            throw new PlumeProblemException("CERTIFICATION-NOT-WAITING", 409);
        }
        Instant now = Instant.now(clock);
        candidates.changeStatus(session.memberId(), candidate.id(), CandidateStatus.AUTHORISED, now);
        audit.append(session.memberId(), Invigilation.actorName(actor, session.id()),
                candidate.attemptId() == null ? "candidate.start-authorised" : "candidate.resume-authorised",
                candidate.id(), "session=" + session.id());
    }
}
