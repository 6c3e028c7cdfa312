package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.Centre;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.MemberJuries;
import fr.plume.tool.certification.domain.MemberJuryDecision;
import fr.plume.tool.certification.domain.MemberJuryVerdict;
import fr.plume.tool.certification.domain.Rescore;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member university's jury for its own candidates (issue 17, as in the DAEU consortium): once a
 * session of one of its centres is finalised, the centre's managers see the results of that
 * session's candidates (never another member's), endorse each one or defer it with a reason, and
 * close the jury; the national officer then publishes what the closed jury endorsed
 * ({@link PublicationGate}). Every decision and the closing are audited.
 */
@Component
public class HoldMemberJury {

    private static final int MAX_REASON = 500;

    /** One candidate as the member's jury sees them: result, rescoring, essays, its own decision. */
    public record JuryLine(Candidate candidate, Optional<CertifyingAttempts.CertifyingAttempt> attempt,
            Optional<Rescore> rescore, PublicationGate.Standing standing) {

        public boolean decidable() {
            return candidate.decision() == Decision.TO_REVIEW;
        }
    }

    /** @param mayDecide the viewer sits on this member's jury (the officer only reads) */
    public record Jury(Centre centre, CertificationSession session, List<JuryLine> lines, Optional<Instant> closedAt,
            boolean mayDecide) {

        public boolean closed() {
            return closedAt.isPresent();
        }
    }

    private final Sessions sessions;
    private final Candidates candidates;
    private final CertifyingAttempts attempts;
    private final MemberJuries juries;
    private final PublicationGate gate;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    HoldMemberJury(Sessions sessions, Candidates candidates, CertifyingAttempts attempts, MemberJuries juries,
            PublicationGate gate, Permissions permissions, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.attempts = attempts;
        this.juries = juries;
        this.gate = gate;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The jury's page: the centre's managers, and the officer (read only). */
    @Transactional(readOnly = true)
    public Jury show(Actor actor, UUID sessionId) {
        CertificationSession session = sessions.find(sessionId).orElseThrow(() -> Permissions.refused(actor, "centre"));
        Centre centre = permissions.centreOf(session);
        permissions.requireCentreStaff(actor, centre);
        boolean member = permissions.sitsOnMemberJury(actor, centre);
        List<JuryLine> lines = candidates.ofSession(session.memberId(), session.id()).stream()
                .filter(c -> c.decision() == Decision.TO_REVIEW || c.decision() == Decision.PUBLISHED
                        || c.decision() == Decision.REJECTED)
                .map(c -> new JuryLine(c, c.attemptId() == null ? Optional.empty()
                        : attempts.describe(c.memberId(), c.userId(), c.attemptId()),
                        candidates.rescoreOf(c.memberId(), c.id()), gate.standing(c)))
                .toList();
        return new Jury(centre, session, lines, juries.closedAt(session.memberId(), session.id()), member);
    }

    @Transactional
    public MemberJuryDecision decide(Actor actor, UUID sessionId, UUID candidateId, MemberJuryVerdict verdict,
            String reason) {
        CertificationSession session = openJury(actor, sessionId);
        String text = reason == null ? "" : reason.strip();
        if (verdict == MemberJuryVerdict.DEFERRED && (text.isEmpty() || text.length() > MAX_REASON)) {
            throw new PlumeProblemException("CERTIFICATION-REASON-REQUIRED", 400);
        }
        Candidate candidate = candidates.lock(session.memberId(), candidateId)
                .filter(c -> c.sessionId().equals(session.id()))
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        if (candidate.decision() != Decision.TO_REVIEW) {
            throw new PlumeProblemException("CERTIFICATION-NOT-TO-REVIEW", 409);
        }
        MemberJuryDecision decision = new MemberJuryDecision(candidate.id(), session.memberId(), session.id(), verdict,
                verdict == MemberJuryVerdict.DEFERRED ? text : null, actor.name(), clock.instant());
        juries.decide(decision);
        // The reason may name people: the decision keeps it, the audit row its length.
        audit.append(session.memberId(), actor.name(), "member-jury." + verdict.name().toLowerCase(Locale.ROOT), candidate.id(),
                "session=" + session.id() + (verdict == MemberJuryVerdict.DEFERRED ? " reasonLength=" + text.length() : ""));
        return decision;
    }

    /** Closes the session's jury once every candidate awaiting publication has a decision. */
    @Transactional
    public void close(Actor actor, UUID sessionId) {
        CertificationSession session = openJury(actor, sessionId);
        List<Candidate> awaiting = candidates.ofSession(session.memberId(), session.id()).stream()
                .filter(c -> c.decision() == Decision.TO_REVIEW).toList();
        List<MemberJuryDecision> decided = juries.ofSession(session.memberId(), session.id());
        if (awaiting.stream().anyMatch(c -> decided.stream().noneMatch(d -> d.candidateId().equals(c.id())))) {
            throw new PlumeProblemException("CERTIFICATION-MEMBER-JURY-INCOMPLETE", 409);
        }
        juries.close(session.memberId(), session.id(), actor.name(), clock.instant());
        long endorsed = decided.stream().filter(d -> d.verdict() == MemberJuryVerdict.ENDORSED).count();
        audit.append(session.memberId(), actor.name(), "member-jury.closed", session.id(),
                "endorsed=" + endorsed + " deferred=" + (decided.size() - endorsed));
    }

    /** The session, locked, when the actor sits on its member's jury, it is finalised and the jury still open. */
    private CertificationSession openJury(Actor actor, UUID sessionId) {
        CertificationSession session = sessions.lock(sessionId).orElseThrow(() -> Permissions.refused(actor, "member-jury"));
        permissions.requireMemberJury(actor, permissions.centreOf(session));
        if (!session.finalised()) {
            throw new PlumeProblemException("CERTIFICATION-SESSION-NOT-FINALISED", 409);
        }
        if (juries.closedAt(session.memberId(), session.id()).isPresent()) {
            throw new PlumeProblemException("CERTIFICATION-MEMBER-JURY-CLOSED", 409);
        }
        return session;
    }
}
