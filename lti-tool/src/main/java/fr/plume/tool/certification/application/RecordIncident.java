package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.IncidentKind;
import fr.plume.tool.certification.domain.Incidents;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invigilator records an incident from the fixed list, with a note and how many minutes ago it
 * began: the items a technical incident hit (answered in that interval) are neutralised by the
 * automatic jury.
 */
@Component
public class RecordIncident {

    public static final int MAX_MINUTES_AGO = 240;

    private final Sessions sessions;
    private final Candidates candidates;
    private final Incidents incidents;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    RecordIncident(Sessions sessions, Candidates candidates, Incidents incidents, Permissions permissions,
            AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.incidents = incidents;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Incident record(Actor actor, UUID sessionId, UUID candidateId, String kind, String note, int minutesAgo) {
        CertificationSession session = sessions.find(sessionId).orElseThrow(() -> Permissions.refused(actor, "invigilation"));
        permissions.requireInvigilation(actor, session);
        Candidate candidate = candidates.find(session.memberId(), candidateId)
                .filter(c -> c.sessionId().equals(session.id()))
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        IncidentKind incidentKind;
        try {
            incidentKind = IncidentKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PlumeProblemException("CERTIFICATION-BAD-INCIDENT", 400);
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000 || minutesAgo < 0 || minutesAgo > MAX_MINUTES_AGO
                || incidentKind == IncidentKind.OTHER && text.isEmpty()) {
            throw new PlumeProblemException("CERTIFICATION-BAD-INCIDENT", 400);
        }
        if (session.finalised()) {
            throw new PlumeProblemException("CERTIFICATION-SESSION-FINALISED", 409);
        }
        Instant now = Instant.now(clock);
        Incident incident = new Incident(UUID.randomUUID(), session.memberId(), session.id(), candidate.id(),
                incidentKind, text, now.minus(Duration.ofMinutes(minutesAgo)), now,
                Invigilation.actorName(actor, session.id()));
        incidents.insert(incident);
        audit.append(session.memberId(), incident.recordedBy(), "incident.recorded", candidate.id(),
                "kind=" + incidentKind + " minutesAgo=" + minutesAgo);
        return incident;
    }
}
