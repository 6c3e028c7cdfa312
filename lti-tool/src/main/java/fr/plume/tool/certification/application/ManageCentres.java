package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.Centre;
import fr.plume.tool.certification.domain.Centres;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer opens certification centres (one member university, or one of its sites) and names
 * the tool accounts that manage each; a manager sees only the centres they manage.
 */
@Component
public class ManageCentres {

    public record CentreView(Centre centre, String memberName, List<String> managers) {
    }

    private final Centres centres;
    private final Members members;
    private final Permissions permissions;
    private final AuditTrail audit;

    ManageCentres(Centres centres, Members members, Permissions permissions, AuditTrail audit) {
        this.centres = centres;
        this.members = members;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional
    public Centre open(Actor actor, UUID memberId, String name) {
        permissions.requireOfficer(actor);
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 200) {
            throw new PlumeProblemException("CERTIFICATION-BAD-CENTRE", 400);
        }
        members.findById(memberId).orElseThrow(() -> new PlumeProblemException("CERTIFICATION-BAD-CENTRE", 400));
        if (centres.all().stream().anyMatch(c -> c.memberId().equals(memberId) && c.name().equalsIgnoreCase(cleaned))) {
            throw new PlumeProblemException("CERTIFICATION-CENTRE-EXISTS", 409);
        }
        Centre centre = new Centre(UUID.randomUUID(), memberId, cleaned);
        centres.insert(centre);
        audit.append(memberId, actor.name(), "centre.opened", centre.id(), "name=" + cleaned);
        return centre;
    }

    @Transactional
    public void appointManager(Actor actor, UUID centreId, String username) {
        permissions.requireOfficer(actor);
        Centre centre = centres.find(centreId).orElseThrow(() -> new PlumeProblemException("CERTIFICATION-NOT-FOUND", 404));
        String account = username == null ? "" : username.strip();
        if (account.isEmpty() || account.length() > 200) {
            throw new PlumeProblemException("CERTIFICATION-BAD-MANAGER", 400);
        }
        if (centres.addManager(centre, account)) {
            audit.append(centre.memberId(), actor.name(), "centre.manager-appointed", centre.id(), "account=" + account);
        }
    }

    /** The officer's centres (all of them) or a manager's (theirs). */
    @Transactional(readOnly = true)
    public List<CentreView> visibleTo(Actor actor) {
        if (!actor.signedIn()) {
            throw Permissions.refused(actor, "centre");
        }
        List<Centre> visible = actor.officer() ? centres.all() : centres.managedBy(actor.name());
        if (!actor.officer() && visible.isEmpty()) {
            throw Permissions.refused(actor, "centre");
        }
        return visible.stream().map(c -> new CentreView(c,
                members.findById(c.memberId()).map(Members.Member::name).orElse(""), centres.managers(c.id()))).toList();
    }

    public List<Members.Member> members(Actor actor) {
        permissions.requireOfficer(actor);
        return members.all();
    }
}
