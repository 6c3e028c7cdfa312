package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditChain;
import fr.plume.tool.certification.domain.AuditEntry;
import fr.plume.tool.certification.domain.AuditTrail;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the whole audit log in order and checks its hash chain; names the first broken row. The
 * officer runs it from the audit page; {@link #verify()} is also the command operators run.
 */
@Component
public class VerifyAuditTrail {

    private static final Logger log = LoggerFactory.getLogger(VerifyAuditTrail.class);

    private final AuditTrail audit;
    private final Permissions permissions;

    VerifyAuditTrail(AuditTrail audit, Permissions permissions) {
        this.audit = audit;
        this.permissions = permissions;
    }

    public AuditChain.Verification verify(Actor actor) {
        permissions.requireOfficer(actor);
        return verify();
    }

    /** Without a person: for the operators' command. */
    public AuditChain.Verification verify() {
        AuditChain chain = new AuditChain();
        audit.readInOrder(chain::accept);
        AuditChain.Verification result = chain.result();
        result.firstBroken().ifPresentOrElse(
                broken -> log.warn("event=certification.audit.broken seq={} problem={}", broken.seq(), broken.problem()),
                () -> log.info("event=certification.audit.intact rows={}", result.checked()));
        return result;
    }

    public List<AuditEntry> latest(Actor actor, int limit) {
        permissions.requireOfficer(actor);
        return audit.latest(limit);
    }
}
