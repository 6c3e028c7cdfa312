package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.AutomaticJury;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.Incidents;
import fr.plume.tool.certification.domain.Rescore;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rescoring before publication, by the national officer (and by the automatic jury when it
 * neutralised items): the engine's estimator recomputes score, level and competency levels without
 * the neutralised items, or the officer sets a corrected level with a mandatory reason. The rescored
 * result replaces the attempt's in the gradebook and on the certificate; each rescoring is audited.
 */
@Component
public class RescoreCandidate {

    public static final String JURY = "automatic-jury";
    private static final int MAX_REASON = 1000;

    private final Candidates candidates;
    private final Incidents incidents;
    private final CertifyingAttempts attempts;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    RescoreCandidate(Candidates candidates, Incidents incidents, CertifyingAttempts attempts, Permissions permissions,
            AuditTrail audit, Clock clock) {
        this.candidates = candidates;
        this.incidents = incidents;
        this.attempts = attempts;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The officer recomputes the score without the items the session's technical incidents neutralised. */
    @Transactional
    public Rescore recompute(Actor actor, UUID memberId, UUID candidateId) {
        permissions.requireOfficer(actor);
        Candidate candidate = toReview(memberId, candidateId);
        return recompute(actor.name(), candidate, incidents.ofSession(memberId, candidate.sessionId()))
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-TO-REVIEW", 409));
    }

    /** In the caller's transaction (the automatic jury's): empty when the attempt has no valid result. */
    Optional<Rescore> recompute(String by, Candidate candidate, List<Incident> sessionIncidents) {
        List<Incident> own = sessionIncidents.stream().filter(i -> i.candidateId().equals(candidate.id())).toList();
        Optional<CertifyingAttempts.CertifyingAttempt> attempt = attempts.describe(candidate.memberId(),
                candidate.userId(), candidate.attemptId());
        if (attempt.isEmpty()) {
            return Optional.empty();
        }
        return attempts.rescoreWithout(candidate.memberId(), candidate.userId(), candidate.attemptId(),
                        AutomaticJury.neutralisedAnswers(attempt.get().answeredAt(), own))
                .map(r -> {
                    Rescore rescore = new Rescore(r.scaledScore(), r.scoreMargin(), r.level(), r.competencies().stream()
                            .map(c -> new Rescore.AreaLevel(c.code(), c.level(), c.standardError())).toList(),
                            Rescore.RECOMPUTED, by);
                    store(candidate, rescore, "recomputed counted=" + r.counted());
                    return rescore;
                });
    }

    /** The officer sets a corrected overall level, with a reason (kept on the candidate, its length in the log). */
    @Transactional
    public Rescore correctLevel(Actor actor, UUID memberId, UUID candidateId, int level, String reason) {
        permissions.requireOfficer(actor);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new PlumeProblemException("CERTIFICATION-REASON-REQUIRED", 400);
        }
        if (level < 1 || level > 6) {
            throw new PlumeProblemException("CERTIFICATION-LEVEL-INVALID", 400);
        }
        Candidate candidate = toReview(memberId, candidateId);
        Rescore base = candidates.rescoreOf(memberId, candidateId).or(() -> attempts.describe(memberId,
                candidate.userId(), candidate.attemptId()).filter(a -> a.scaledScore() != null)
                .map(a -> new Rescore(a.scaledScore(), a.scoreMargin() == null ? 0 : a.scoreMargin(), a.level(),
                        a.competencies().stream().map(c -> new Rescore.AreaLevel(c.code(), c.level(), c.standardError()))
                                .toList(), "", actor.name())))
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-TO-REVIEW", 409));
        Rescore corrected = new Rescore(base.scaledScore(), base.scoreMargin(), level, base.competencies(), text,
                actor.name());
        store(candidate, corrected, "corrected reasonLength=" + text.length());
        return corrected;
    }

    private Candidate toReview(UUID memberId, UUID candidateId) {
        Candidate candidate = candidates.lock(memberId, candidateId)
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        if (candidate.decision() != Decision.TO_REVIEW) {
            throw new PlumeProblemException("CERTIFICATION-NOT-TO-REVIEW", 409);
        }
        return candidate;
    }

    private void store(Candidate candidate, Rescore rescore, String details) {
        candidates.rescore(candidate.memberId(), candidate.id(), rescore, clock.instant());
        audit.append(candidate.memberId(), rescore.by(), "candidate.rescored", candidate.id(),
                "score=" + rescore.scaledScore() + " level=" + rescore.level() + " " + details);
    }
}
