package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AccessCode;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.CertificationSettings;
import fr.plume.tool.certification.domain.HashedKey;
import fr.plume.tool.certification.domain.Decision;
import fr.plume.tool.certification.domain.EligibilityRule;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.certification.domain.VerificationCounters;
import fr.plume.tool.lti.api.LaunchDirectory;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A candidate launched from the certification activity types the session's access code: they are
 * matched to their roster row (by the platform's user id), or enrolled on the spot when the session
 * has room and their profile is eligible, then wait for the invigilator. Coming back after closing
 * the tab or losing the network is joining again: the candidate waits for the invigilator to
 * authorise the resumption. A code of another member's session is an unknown code; a person who
 * gets too many codes wrong waits the end of the quarter of an hour (codes are not guessed).
 */
@Component
public class JoinSession {

    static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JoinSession.class);

    private final Sessions sessions;
    private final Candidates candidates;
    private final LaunchDirectory directory;
    private final CandidateProfiles profiles;
    private final AuditTrail audit;
    private final VerificationCounters wrongCodes;
    private final CertificationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JoinSession(Sessions sessions, Candidates candidates, LaunchDirectory directory, CandidateProfiles profiles,
            AuditTrail audit, VerificationCounters wrongCodes, CertificationSettings settings,
            TransactionTemplate transaction, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.directory = directory;
        this.profiles = profiles;
        this.audit = audit;
        this.wrongCodes = wrongCodes;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Candidate join(Sitter sitter, String typedCode) {
        if (sitter.certificationId() == null) {
            throw new PlumeProblemException("CERTIFICATION-WRONG-ACTIVITY", 403);
        }
        String person = wrongCodesKey(sitter);
        Instant now = clock.instant();
        Instant window = quarterHour(now);
        if (wrongCodes.count(person, window) >= settings.wrongCodesPerQuarterHour()) {
            log.warn("event=certification.join-refused-wrong-codes member={}", sitter.memberId());
            throw new PlumeProblemException("CERTIFICATION-TOO-MANY-CODES", 429,
                    Duration.between(now, window.plus(QUARTER_HOUR)).toMinutes() + 1);
        }
        Optional<CertificationSession> found = AccessCode.parse(typedCode).flatMap(sessions::findByCode)
                .filter(s -> s.memberId().equals(sitter.memberId()))
                .filter(s -> s.certificationId().equals(sitter.certificationId()));
        if (found.isEmpty()) {
            // committed on its own: the refusal below must not take the count back with it
            wrongCodes.add(person, window, 1);
            throw new PlumeProblemException("CERTIFICATION-UNKNOWN-CODE", 404);
        }
        return transaction.execute(status -> joinFound(sitter, found.get()));
    }

    private Candidate joinFound(Sitter sitter, CertificationSession found) {
        CertificationSession session = sessions.lock(found.id()).orElseThrow();
        if (session.finalised()) {
            throw new PlumeProblemException("CERTIFICATION-SESSION-FINALISED", 409);
        }
        Instant now = Instant.now(clock);
        Candidate candidate = existing(session, sitter, now).orElseGet(() -> enrolByLaunch(session, sitter, now));
        if (!candidate.eligible()) {
            throw notEligible(candidate.ineligibleReason());
        }
        if (candidate.status() == CandidateStatus.ENDED) {
            throw new PlumeProblemException("CERTIFICATION-CANDIDATE-ENDED", 409);
        }
        if (candidate.status() == CandidateStatus.ENROLLED || candidate.status() == CandidateStatus.STARTED) {
            candidates.changeStatus(session.memberId(), candidate.id(), CandidateStatus.WAITING, now);
            audit.append(session.memberId(), "lti:" + sitter.userId(),
                    candidate.status() == CandidateStatus.STARTED ? "candidate.asked-resume" : "candidate.joined",
                    candidate.id(), "session=" + session.id());
            candidate = candidate.withStatus(CandidateStatus.WAITING);
        }
        return candidate;
    }

    private Optional<Candidate> existing(CertificationSession session, Sitter sitter, Instant now) {
        Optional<Candidate> byUser = candidates.byUser(session.memberId(), session.id(), sitter.userId());
        if (byUser.isPresent()) {
            return byUser;
        }
        Optional<LaunchDirectory.PlatformUser> user = directory.user(sitter.memberId(), sitter.userId());
        Optional<Candidate> bySubject = user.flatMap(u -> candidates.bySubject(session.memberId(), session.id(),
                u.subject())).filter(c -> c.userId() == null);
        if (bySubject.isEmpty()) {
            return Optional.empty();
        }
        // Eligibility is judged again now that the person, and so their profile, is known.
        Candidate c = bySubject.get();
        EligibilityRule.Verdict verdict = profiles.eligibility(session.memberId(), sitter.userId());
        candidates.linkUser(session.memberId(), c.id(), sitter.userId(), verdict.eligible(), verdict.reason(), now);
        return Optional.of(new Candidate(c.id(), c.memberId(), c.sessionId(), c.platformSubject(), sitter.userId(),
                c.holderName(), c.extraTimePercent(), c.accessibleItems(), verdict.eligible(), verdict.reason(),
                c.status(), c.attemptId(), c.decision(), c.decisionReason(), c.neutralisedItems()));
    }

    private Candidate enrolByLaunch(CertificationSession session, Sitter sitter, Instant now) {
        EligibilityRule.Verdict verdict = profiles.eligibility(session.memberId(), sitter.userId());
        if (!verdict.eligible()) {
            throw notEligible(verdict.reason());
        }
        if (candidates.count(session.memberId(), session.id()) >= session.capacity()) {
            throw new PlumeProblemException("CERTIFICATION-SESSION-FULL", 409);
        }
        Optional<LaunchDirectory.PlatformUser> user = directory.user(sitter.memberId(), sitter.userId());
        String name = user.map(LaunchDirectory.PlatformUser::name).filter(n -> !n.isBlank())
                .orElse(user.map(LaunchDirectory.PlatformUser::subject).orElse("?"));
        Candidate candidate = new Candidate(UUID.randomUUID(), session.memberId(), session.id(), null, sitter.userId(),
                name.length() > 200 ? name.substring(0, 200) : name, sitter.extraTimePercent(),
                sitter.accessibleItems(), true, null, CandidateStatus.ENROLLED, null, Decision.PENDING, null, 0);
        candidates.insert(candidate, now);
        audit.append(session.memberId(), "lti:" + sitter.userId(), "candidate.enrolled-by-launch", candidate.id(),
                "session=" + session.id());
        return candidate;
    }

    /**
     * Wrong codes are counted per person, whatever link or session they come from, under a key
     * that does not name them (the counters are anti-abuse windows, purged within a day).
     */
    static String wrongCodesKey(Sitter sitter) {
        return HashedKey.of("join", sitter.memberId() + ":" + sitter.userId());
    }

    private static Instant quarterHour(Instant now) {
        long seconds = QUARTER_HOUR.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }

    /** The refusal states the rule (competencies, level, months); the reason itself goes to the log. */
    private PlumeProblemException notEligible(String reason) {
        log.info("event=certification.join-refused-not-eligible reason={}", reason);
        EligibilityRule rule = profiles.rule();
        return new PlumeProblemException("CERTIFICATION-NOT-ELIGIBLE", 403, rule.competencies(), rule.minimumLevel(),
                rule.months());
    }
}
