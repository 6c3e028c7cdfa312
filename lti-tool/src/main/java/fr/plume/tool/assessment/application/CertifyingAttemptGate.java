package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.CertifyingAdmissions;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptAdmissions;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether opening an attempt needs the admission of this browser session: an in-progress
 * certifying attempt under invigilation does, so a candidate who relaunches and opens the
 * attempt's address directly is sent back to the invigilator (the start/resume POST is the only
 * way to get an admission). Everything else (practice, finished attempts) does not.
 */
@Component
public class CertifyingAttemptGate {

    private final Attempts attempts;
    private final CertificationSeats seats;
    private final CertifyingAdmissions admissions;
    private final AttemptAdmissions admitted;
    private final Clock clock;

    CertifyingAttemptGate(Attempts attempts, CertificationSeats seats, ObjectProvider<CertifyingAdmissions> admissions,
            AttemptAdmissions admitted, Clock clock) {
        this.attempts = attempts;
        this.seats = seats;
        this.admissions = admissions.getIfAvailable();
        this.admitted = admitted;
        this.clock = clock;
    }

    /** Records that the browser session {@code sessionHash} was admitted to this certifying attempt. */
    @Transactional
    public void admitted(Student student, Attempt attempt, String sessionHash) {
        if (attempt.mode() == TestMode.CERTIFICATION) {
            admitted.admit(student.memberId(), attempt.id(), sessionHash, clock.instant());
        }
    }

    /** Refuses ({@code CERTIFICATION-NOT-ADMITTED}) an attempt that needs an admission this session lacks. */
    @Transactional(readOnly = true)
    public void require(Student student, UUID attemptId, String sessionHash) {
        if (needsAdmission(student, attemptId) && !admitted.admitted(student.memberId(), attemptId, sessionHash)) {
            throw new PlumeProblemException("CERTIFICATION-NOT-ADMITTED", 403);
        }
    }

    public boolean needsAdmission(Student student, UUID attemptId) {
        if (admissions == null) {
            return false;
        }
        return attempts.find(student.memberId(), student.userId(), attemptId)
                .filter(a -> a.mode() == TestMode.CERTIFICATION && a.inProgress())
                .map(a -> admissions.invigilated(student.memberId(), seats.certificationOf(student).orElse(null)))
                .orElse(false);
    }

    /** Whether the launch's certification is sat under invigilation (its home page then shows the way to join a session). */
    public boolean invigilated(Student student) {
        return admissions != null && seats.certificationOf(student)
                .map(c -> admissions.invigilated(student.memberId(), c)).orElse(false);
    }
}
