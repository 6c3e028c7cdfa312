package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.OfficerRoleMatch;
import fr.plume.tool.certification.domain.OfficerRoles;
import fr.plume.tool.lti.api.LaunchGrants;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A launch holding a role the consortium mapped to the national officer gets the officer's role for its session. */
@Component
class OfficerLaunchGrants implements LaunchGrants {

    static final String OFFICER = "CERTIFICATION_OFFICER";

    private final OfficerRoles roles;

    OfficerLaunchGrants(OfficerRoles roles) {
        this.roles = roles;
    }

    @Override
    public Set<String> rolesFor(UUID memberId, List<String> platformRoles) {
        if (platformRoles.isEmpty()) {
            return Set.of();
        }
        return OfficerRoleMatch.anyMapped(roles.all(), platformRoles) ? Set.of(OFFICER) : Set.of();
    }
}
