package fr.plume.tool.lti.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Further Spring Security roles a launch opens, decided by another module from the roles as the
 * platform spelled them (e.g. the certification module maps roles chosen by the consortium to
 * its national officer). Asked once, when the launch opens its tool session; a change applies
 * from the next launch.
 */
public interface LaunchGrants {

    /** @return role names without the {@code ROLE_} prefix, empty for none */
    Set<String> rolesFor(UUID memberId, List<String> platformRoles);
}
