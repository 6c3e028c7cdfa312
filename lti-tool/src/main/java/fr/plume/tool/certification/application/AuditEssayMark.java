package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertificationEssayMarked;
import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.Candidates;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every mark of a certification essay to the audit log, in the marking transaction (a mark
 * is never saved without its row). The row's subject is the candidate who sat the attempt, so the
 * officer's queue shows it in the candidate's trail; the marker is named by their Plume user id.
 */
@Component
public class AuditEssayMark {

    private final Candidates candidates;
    private final AuditTrail audit;

    AuditEssayMark(Candidates candidates, AuditTrail audit) {
        this.candidates = candidates;
        this.audit = audit;
    }

    @EventListener
    public void on(CertificationEssayMarked mark) {
        UUID subject = candidates.byAttempt(mark.memberId(), mark.attemptId()).map(Candidate::id)
                .orElse(mark.attemptId());
        audit.append(mark.memberId(), "marker:" + mark.markerId(), "essay.marked", subject,
                "attempt=" + mark.attemptId() + " position=" + mark.position() + " round=" + mark.round()
                        + " level=" + mark.level() + " stage=" + mark.stage()
                        + (mark.finalLevel() == null ? "" : " finalLevel=" + mark.finalLevel()));
    }
}
