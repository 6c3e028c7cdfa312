package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invigilator ends a candidate's test (fraud, a candidate who leaves): the attempt ends now with
 * every answer kept, and the candidate can no longer start or resume in this session.
 */
@Component
public class EndCandidateTest {

    private final Sessions sessions;
    private final Candidates candidates;
    private final CertifyingAttempts attempts;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    EndCandidateTest(Sessions sessions, Candidates candidates, CertifyingAttempts attempts, Permissions permissions,
            AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.attempts = attempts;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void end(Actor actor, UUID sessionId, UUID candidateId) {
        CertificationSession session = sessions.find(sessionId).orElseThrow(() -> Permissions.refused(actor, "invigilation"));
        permissions.requireInvigilation(actor, session);
        Candidate candidate = candidates.lock(session.memberId(), candidateId)
                .filter(c -> c.sessionId().equals(session.id()))
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        if (session.finalised() || candidate.status() == CandidateStatus.ENDED) {
            throw new PlumeProblemException("CERTIFICATION-CANDIDATE-ENDED", 409);
        }
        boolean ended = candidate.attemptId() != null
                && attempts.end(candidate.memberId(), candidate.userId(), candidate.attemptId());
        candidates.changeStatus(session.memberId(), candidate.id(), CandidateStatus.ENDED, clock.instant());
        audit.append(session.memberId(), Invigilation.actorName(actor, session.id()), "candidate.test-ended",
                candidate.id(), "attemptEnded=" + ended);
    }
}
