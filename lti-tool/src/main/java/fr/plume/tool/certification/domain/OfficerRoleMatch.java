package fr.plume.tool.certification.domain;

import java.util.Collection;
import java.util.Locale;

/**
 * Whether a launch's roles (as the platform spelled them) hold a role the consortium mapped: a
 * mapped URI must be sent exactly; a mapped short name (no ':') matches the part after '#' of a
 * LIS role URI or a bare role name, ignoring case (so {@code Administrator} matches the system,
 * institution and context Administrator roles, LTI Core §A.2).
 */
public final class OfficerRoleMatch {

    private OfficerRoleMatch() {
    }

    public static boolean anyMapped(Collection<String> mapped, Collection<String> launchRoles) {
        return launchRoles.stream().anyMatch(role -> mapped.stream().anyMatch(m -> matches(m, role)));
    }

    static boolean matches(String mapped, String launchRole) {
        if (mapped.contains(":")) {
            return mapped.equals(launchRole);
        }
        if (launchRole.contains(":") && !launchRole.contains("#")) {
            return false;
        }
        return launchRole.substring(launchRole.lastIndexOf('#') + 1).toLowerCase(Locale.ROOT)
                .equals(mapped.toLowerCase(Locale.ROOT));
    }
}
