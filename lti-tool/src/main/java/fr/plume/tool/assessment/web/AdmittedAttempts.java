package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.application.CertifyingAttemptGate;
import fr.plume.tool.assessment.application.Student;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The certifying attempts this browser session was admitted to (by the start/resume POST, which
 * asks the invigilator's authorisation). Every launch opens a new HTTP session, so a relaunch
 * starts with none and must be authorised again before the attempt's pages open.
 */
@Component
class AdmittedAttempts {

    static final String ADMITTED = "plume.assessment.admittedAttempts";

    private final CertifyingAttemptGate gate;

    AdmittedAttempts(CertifyingAttemptGate gate) {
        this.gate = gate;
    }

    void admitted(HttpSession session, Attempt attempt) {
        if (attempt.mode() == TestMode.CERTIFICATION) {
            Set<UUID> admitted = new HashSet<>(of(session));
            admitted.add(attempt.id());
            session.setAttribute(ADMITTED, admitted);
        }
    }

    /** Refuses an attempt that needs this session's admission and has none. */
    void require(Student student, UUID attemptId, HttpSession session) {
        if (!of(session).contains(attemptId) && gate.needsAdmission(student, attemptId)) {
            throw new PlumeProblemException("CERTIFICATION-NOT-ADMITTED", 403);
        }
    }

    boolean invigilated(Student student) {
        return gate.invigilated(student);
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> of(HttpSession session) {
        Object admitted = session.getAttribute(ADMITTED);
        return admitted instanceof Set<?> set ? (Set<UUID>) set : Set.of();
    }
}
