package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import fr.plume.tool.certification.domain.Centre;
import fr.plume.tool.certification.domain.Centres;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.Incidents;
import fr.plume.tool.certification.domain.Sessions;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions a person may see (the officer's: all; a manager's: their centres'), and one in detail. */
@Component
public class ShowSessions {

    public record SessionLine(Centre centre, CertificationSession session, int candidates) {
    }

    public record SessionDetail(Centre centre, CertificationSession session, List<Candidate> candidates,
            List<Incident> incidents) {
    }

    private final Centres centres;
    private final Sessions sessions;
    private final Candidates candidates;
    private final Incidents incidents;
    private final Permissions permissions;

    ShowSessions(Centres centres, Sessions sessions, Candidates candidates, Incidents incidents,
            Permissions permissions) {
        this.centres = centres;
        this.sessions = sessions;
        this.candidates = candidates;
        this.incidents = incidents;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    public List<SessionLine> visibleTo(Actor actor) {
        if (!actor.signedIn()) {
            throw Permissions.refused(actor, "centre");
        }
        List<Centre> visible = actor.officer() ? centres.all() : centres.managedBy(actor.name());
        if (!actor.officer() && visible.isEmpty()) {
            throw Permissions.refused(actor, "centre");
        }
        List<UUID> ids = visible.stream().map(Centre::id).toList();
        return sessions.ofCentres(ids).stream().map(s -> new SessionLine(
                visible.stream().filter(c -> c.id().equals(s.centreId())).findFirst().orElseThrow(), s,
                candidates.count(s.memberId(), s.id()))).toList();
    }

    @Transactional(readOnly = true)
    public SessionDetail detail(Actor actor, UUID sessionId) {
        CertificationSession session = sessions.find(sessionId).orElseThrow(() -> Permissions.refused(actor, "centre"));
        Centre centre = permissions.centreOf(session);
        permissions.requireCentreStaff(actor, centre);
        return new SessionDetail(centre, session, candidates.ofSession(session.memberId(), session.id()),
                incidents.ofSession(session.memberId(), session.id()));
    }
}
