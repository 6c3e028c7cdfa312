package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.AutomaticJury;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.Incidents;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre finalises a session once nobody sits any more (a test past its deadline is ended
 * first): then the automatic jury decides each candidate ({@link AutomaticJury}) and valid results
 * go to the officer's queue. A finalised session takes no more candidates, incidents or starts.
 */
@Component
public class FinaliseSession {

    public record Finalised(int toReview, int noCertificate) {
    }

    private final Sessions sessions;
    private final Candidates candidates;
    private final Incidents incidents;
    private final CertifyingAttempts attempts;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final RescoreCandidate rescore;

    FinaliseSession(Sessions sessions, Candidates candidates, Incidents incidents, CertifyingAttempts attempts,
            Permissions permissions, AuditTrail audit, Clock clock, RescoreCandidate rescore) {
        this.rescore = rescore;
        this.sessions = sessions;
        this.candidates = candidates;
        this.incidents = incidents;
        this.attempts = attempts;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Finalised finalise(Actor actor, UUID sessionId) {
        CertificationSession session = permissions.lockOpenSessionForStaff(sessions, actor, sessionId);
        Instant now = Instant.now(clock);
        List<Candidate> all = candidates.ofSession(session.memberId(), session.id());
        List<Incident> recorded = incidents.ofSession(session.memberId(), session.id());
        int toReview = 0;
        for (Candidate candidate : all) {
            AutomaticJury.Verdict verdict = judge(candidate, recorded, now);
            candidates.decide(session.memberId(), candidate.id(), verdict.decision(), verdict.reason(),
                    verdict.neutralised(), now);
            audit.append(session.memberId(), "automatic-jury", "candidate.judged", candidate.id(),
                    "decision=" + verdict.decision() + " reason=" + verdict.reason() + " neutralised="
                            + verdict.neutralised());
            boolean reviewed = verdict.decision() == fr.plume.tool.certification.domain.Decision.TO_REVIEW;
            if (reviewed && verdict.neutralised() > 0) {
                // Neutralised items leave the score, not only the count of valid answers.
                rescore.recompute(RescoreCandidate.JURY, candidate, recorded);
            }
            toReview += reviewed ? 1 : 0;
        }
        sessions.finalise(session.id(), now, actor.name());
        audit.append(session.memberId(), actor.name(), "session.finalised", session.id(),
                "candidates=" + all.size() + " toReview=" + toReview);
        return new Finalised(toReview, all.size() - toReview);
    }

    private AutomaticJury.Verdict judge(Candidate candidate, List<Incident> recorded, Instant now) {
        Optional<CertifyingAttempts.CertifyingAttempt> attempt = candidate.attemptId() == null ? Optional.empty()
                : attempts.describe(candidate.memberId(), candidate.userId(), candidate.attemptId());
        if (attempt.isPresent() && attempt.get().inProgress()) {
            if (attempt.get().deadline() != null && now.isBefore(attempt.get().deadline())) {
                throw new PlumeProblemException("CERTIFICATION-STILL-SITTING", 409);
            }
            attempts.end(candidate.memberId(), candidate.userId(), candidate.attemptId());
            attempt = attempts.describe(candidate.memberId(), candidate.userId(), candidate.attemptId());
        }
        if (attempt.isEmpty()) {
            return AutomaticJury.judge(false, false, List.of(), List.of());
        }
        List<Incident> own = recorded.stream().filter(i -> i.candidateId().equals(candidate.id())).toList();
        CertifyingAttempts.CertifyingAttempt a = attempt.get();
        return AutomaticJury.judge(true, Boolean.TRUE.equals(a.valid()) && a.scaledScore() != null, a.answeredAt(), own);
    }
}
