package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertifyingAttempts;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.Incidents;
import fr.plume.tool.certification.domain.Sessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invigilator's live view: each candidate's state, answers given and time left (the server's
 * clock, extra time included), and incidents; refreshed in place by the page.
 */
@Component
public class ShowLiveSession {

    /**
     * @param minutesLeft null when the candidate has not started or has finished
     */
    public record LiveCandidate(Candidate candidate, boolean sitting, boolean finished, int answered,
            Long minutesLeft, long incidents) {
    }

    public record Live(CertificationSession session, List<LiveCandidate> candidates, List<Incident> incidents) {
    }

    private final Sessions sessions;
    private final Candidates candidates;
    private final Incidents incidents;
    private final CertifyingAttempts attempts;
    private final Permissions permissions;
    private final Clock clock;

    ShowLiveSession(Sessions sessions, Candidates candidates, Incidents incidents, CertifyingAttempts attempts,
            Permissions permissions, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.incidents = incidents;
        this.attempts = attempts;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Live live(Actor actor, UUID sessionId) {
        CertificationSession session = sessions.find(sessionId).orElseThrow(() -> Permissions.refused(actor, "invigilation"));
        permissions.requireInvigilation(actor, session);
        Instant now = Instant.now(clock);
        List<Incident> recorded = incidents.ofSession(session.memberId(), session.id());
        List<LiveCandidate> rows = candidates.ofSession(session.memberId(), session.id()).stream()
                .map(c -> row(c, recorded, now)).toList();
        return new Live(session, rows, recorded);
    }

    private LiveCandidate row(Candidate candidate, List<Incident> recorded, Instant now) {
        long count = recorded.stream().filter(i -> i.candidateId().equals(candidate.id())).count();
        Optional<CertifyingAttempts.CertifyingAttempt> attempt = candidate.attemptId() == null ? Optional.empty()
                : attempts.describe(candidate.memberId(), candidate.userId(), candidate.attemptId());
        if (attempt.isEmpty()) {
            return new LiveCandidate(candidate, false, false, 0, null, count);
        }
        CertifyingAttempts.CertifyingAttempt a = attempt.get();
        Long left = a.inProgress() && a.deadline() != null
                ? Math.max(0, (Duration.between(now, a.deadline()).toSeconds() + 59) / 60) : null;
        return new LiveCandidate(candidate, a.inProgress(), !a.inProgress(), a.answered(), left, count);
    }
}
