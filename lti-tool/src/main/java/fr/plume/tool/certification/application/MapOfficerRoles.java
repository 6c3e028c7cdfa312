package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.AuditTrail;
import fr.plume.tool.certification.domain.OfficerRoles;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consortium administrator chooses which LTI roles make a launch the national certification
 * officer (a Moodle custom role URN, an institution role...). Only consortium administrators reach
 * it (security configuration, {@code /admin/**}); each change is audited.
 */
@Service
public class MapOfficerRoles {

    public static final String INVALID = "CERTIFICATION-ROLE-INVALID";
    private static final int MAX_LENGTH = 300;

    private final OfficerRoles roles;
    private final AuditTrail audit;
    private final Clock clock;

    MapOfficerRoles(OfficerRoles roles, AuditTrail audit, Clock clock) {
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    public List<String> mapped() {
        return roles.all();
    }

    @Transactional
    public void map(String admin, String role) {
        String cleaned = role == null ? "" : role.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_LENGTH || cleaned.chars().anyMatch(Character::isWhitespace)) {
            throw new PlumeProblemException(INVALID, 400);
        }
        if (roles.add(cleaned, admin, clock.instant())) {
            audit.append(null, admin, "officer-role.mapped", null, "role=" + cleaned);
        }
    }

    @Transactional
    public void unmap(String admin, String role) {
        if (role != null && roles.remove(role)) {
            audit.append(null, admin, "officer-role.unmapped", null, "role=" + role);
        }
    }
}
