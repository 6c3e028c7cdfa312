package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertifyingAdmissions;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.CandidateStatus;
import fr.plume.tool.certification.domain.Candidates;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment asks here before starting or resuming a certifying attempt: only a candidate whom
 * their invigilator authorised gets in, once per authorisation, with the accommodations of their
 * enrolment (not those of the launch). Runs in assessment's transaction.
 */
@Component
public class AdmitCandidates implements CertifyingAdmissions {

    private final Candidates candidates;
    private final CertificationRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    AdmitCandidates(Candidates candidates, CertificationRules rules, AuditTrail audit, Clock clock) {
        this.candidates = candidates;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Admission admit(UUID memberId, UUID userId, String certificationId) {
        if (!rules.invigilationRequired()) {
            return Admission.notGoverned();
        }
        Optional<Candidate> candidate = candidates.lockOpenCandidacy(memberId, userId, certificationId)
                .filter(c -> c.status() == CandidateStatus.AUTHORISED && c.eligible());
        return candidate.map(c -> new Admission(true, true, c.extraTimePercent(), c.accessibleItems()))
                .orElseGet(Admission::refused);
    }

    @Override
    public int profileMonths() {
        return rules.eligibility().months();
    }

    @Override
    public boolean invigilated(UUID memberId, String certificationId) {
        return rules.invigilationRequired();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void started(UUID memberId, UUID userId, String certificationId, UUID attemptId) {
        candidates.lockOpenCandidacy(memberId, userId, certificationId).ifPresent(c -> {
            candidates.attachAttempt(memberId, c.id(), attemptId, clock.instant());
            audit.append(memberId, "lti:" + userId, c.attemptId() == null ? "candidate.started" : "candidate.resumed",
                    c.id(), "attempt=" + attemptId);
        });
    }
}
