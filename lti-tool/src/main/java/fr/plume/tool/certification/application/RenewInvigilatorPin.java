package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.InvigilatorPin;
import fr.plume.tool.certification.domain.Sessions;
import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre gives the invigilator a new PIN: when the first was lost, or when someone who read the
 * access code on the board locked PIN invigilation with wrong PINs, or when it may have been seen.
 * The old PIN stops working, and so do the pages opened with it ({@link Actor#invigilates}).
 */
@Component
public class RenewInvigilatorPin {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sessions sessions;
    private final Permissions permissions;
    private final AuditTrail audit;

    RenewInvigilatorPin(Sessions sessions, Permissions permissions, AuditTrail audit) {
        this.sessions = sessions;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** @return the new PIN, to show once */
    @Transactional
    public String renew(Actor actor, UUID sessionId) {
        CertificationSession session = permissions.lockOpenSessionForStaff(sessions, actor, sessionId);
        String pin = InvigilatorPin.random(RANDOM);
        sessions.replacePin(session.memberId(), session.id(), InvigilatorPin.hash(session.id().toString(), pin));
        audit.append(session.memberId(), actor.name(), "session.pin-renewed", session.id(),
                "wasLocked=" + session.pinLocked());
        return pin;
    }
}
