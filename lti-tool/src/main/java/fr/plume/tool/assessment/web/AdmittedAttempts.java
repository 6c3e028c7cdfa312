package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.application.CertifyingAttemptGate;
import fr.plume.tool.assessment.application.Student;
import fr.plume.tool.assessment.domain.Attempt;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The certifying attempts this browser session was admitted to (by the start/resume POST, which
 * asks the invigilator's authorisation). Every launch opens a new HTTP session, so a relaunch
 * starts with none and must be authorised again before the attempt's pages open. The session is
 * named to the store by a hash of its id, never the id itself.
 */
@Component
class AdmittedAttempts {

    private final CertifyingAttemptGate gate;

    AdmittedAttempts(CertifyingAttemptGate gate) {
        this.gate = gate;
    }

    void admitted(Student student, HttpSession session, Attempt attempt) {
        gate.admitted(student, attempt, hash(session));
    }

    /** Refuses an attempt that needs this session's admission and has none. */
    void require(Student student, UUID attemptId, HttpSession session) {
        gate.require(student, attemptId, hash(session));
    }

    boolean invigilated(Student student) {
        return gate.invigilated(student);
    }

    private static String hash(HttpSession session) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(session.getId().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
