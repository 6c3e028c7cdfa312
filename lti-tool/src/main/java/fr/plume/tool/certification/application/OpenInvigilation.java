package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AccessCode;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.InvigilatorPin;
import fr.plume.tool.certification.domain.Sessions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invigilator opens the live page of a session with its access code and PIN. Wrong PINs are
 * counted on the session (in PostgreSQL, so every node counts them) and lock it after ten: the
 * centre then schedules the sitting's invigilation with a signed-in account instead.
 */
@Component
public class OpenInvigilation {

    private final Sessions sessions;
    private final AuditTrail audit;
    OpenInvigilation(Sessions sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * @return the session the browser may now invigilate, whose grant it keeps. The refusal commits
     *         (no rollback for it), so the wrong PIN stays counted.
     */
    @Transactional(noRollbackFor = PlumeProblemException.class)
    public CertificationSession open(String typedCode, String pin) {
        CertificationSession session = AccessCode.parse(typedCode).flatMap(sessions::findByCode)
                .flatMap(s -> sessions.lock(s.id()))
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-BAD-PIN", 403));
        if (session.pinLocked()) {
            throw new PlumeProblemException("CERTIFICATION-PIN-LOCKED", 423);
        }
        if (session.finalised() || !InvigilatorPin.matches(session.id().toString(), pin, session.pinHash())) {
            sessions.countPinFailure(session.id());
            throw new PlumeProblemException("CERTIFICATION-BAD-PIN", 403);
        }
        sessions.clearPinFailures(session.id());
        audit.append(session.memberId(), invigilator(session.id()), "invigilation.opened", session.id(), "");
        return session;
    }

    static String invigilator(UUID sessionId) {
        return "invigilator:" + sessionId;
    }
}
