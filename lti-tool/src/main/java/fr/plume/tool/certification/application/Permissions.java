package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.Centre;
import fr.plume.tool.certification.domain.Centres;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Sessions;
import java.util.UUID;
import fr.plume.tool.shared.domain.PlumeProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may do what, checked by every use case (deny by default): the national officer everything;
 * a centre manager the sessions of the centres they manage; an invigilator the live page of the
 * session whose PIN they gave; a centre's managers sit on its member's jury. Anything else is
 * refused with {@code CERTIFICATION-FORBIDDEN}.
 */
@Component
public class Permissions {

    private static final Logger log = LoggerFactory.getLogger(Permissions.class);

    private final Centres centres;

    Permissions(Centres centres) {
        this.centres = centres;
    }

    public void requireOfficer(Actor actor) {
        if (!actor.officer()) {
            throw refused(actor, "officer");
        }
    }

    public boolean managesCentre(Actor actor, Centre centre) {
        return actor.officer() || actor.signedIn() && centres.manages(centre.id(), actor.name());
    }

    public void requireCentreStaff(Actor actor, Centre centre) {
        if (!managesCentre(actor, centre)) {
            throw refused(actor, "centre");
        }
    }

    /**
     * A session its centre's staff are about to change, locked for the transaction: refused to
     * anyone else (an unknown id alike), and refused once the centre finalised it.
     */
    public CertificationSession lockOpenSessionForStaff(Sessions sessions, Actor actor, UUID sessionId) {
        CertificationSession session = sessions.lock(sessionId).orElseThrow(() -> refused(actor, "centre"));
        requireCentreStaff(actor, centreOf(session));
        if (session.finalised()) {
            throw new PlumeProblemException("CERTIFICATION-SESSION-FINALISED", 409);
        }
        return session;
    }

    /**
     * The member university's jury for a centre's candidates: the centre's managers (the national
     * officer publishes, and sits on no member's jury unless appointed manager of that centre).
     */
    public boolean sitsOnMemberJury(Actor actor, Centre centre) {
        return actor.signedIn() && centres.manages(centre.id(), actor.name());
    }

    public void requireMemberJury(Actor actor, Centre centre) {
        if (!sitsOnMemberJury(actor, centre)) {
            throw refused(actor, "member-jury");
        }
    }

    public void requireInvigilation(Actor actor, CertificationSession session) {
        if (actor.invigilates(session) || actor.officer()
                || actor.signedIn() && centres.manages(session.centreId(), actor.name())) {
            return;
        }
        throw refused(actor, "invigilation");
    }

    /** A session's centre: refused rather than "not found" so ids reveal nothing. */
    public Centre centreOf(CertificationSession session) {
        return centres.find(session.centreId()).orElseThrow(() -> new PlumeProblemException("CERTIFICATION-FORBIDDEN", 403));
    }

    static PlumeProblemException refused(Actor actor, String what) {
        log.info("event=certification.refused need={} signedIn={}", what, actor.signedIn());
        return new PlumeProblemException("CERTIFICATION-FORBIDDEN", 403);
    }
}
