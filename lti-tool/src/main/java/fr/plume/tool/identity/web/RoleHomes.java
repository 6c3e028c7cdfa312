package fr.plume.tool.identity.web;

import fr.plume.tool.identity.domain.ToolRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where a tool account lands after signing in, when it was not sent to the sign-in page by a
 * page it asked for: the home of its role, in the order below (an account with several roles
 * gets the first). A role without a home of its own lands on the administration home.
 */
@Component
class RoleHomes extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String FALLBACK = "/admin";
    /** A member administrator's home: their member's usage (they may not open the consortium's pages). */
    private static final String MEMBER_HOME = "/admin/member/usage";
    private static final Map<ToolRole, String> HOMES = homes();

    RoleHomes() {
        setDefaultTargetUrl(FALLBACK);
    }

    private static Map<ToolRole, String> homes() {
        Map<ToolRole, String> homes = new LinkedHashMap<>();
        homes.put(ToolRole.CONSORTIUM_ADMIN, "/admin");
        homes.put(ToolRole.MEMBER_ADMIN, MEMBER_HOME);
        homes.put(ToolRole.CERTIFICATION_OFFICER, "/certif");
        homes.put(ToolRole.PSYCHOMETRICIAN, "/admin/psychometrics/runs");
        homes.put(ToolRole.AUTHOR, "/author/items");
        return homes;
    }

    /** The home of the first of these roles that has one. */
    static String homeOf(Set<String> authorities) {
        return HOMES.entrySet().stream().filter(home -> authorities.contains("ROLE_" + home.getKey().name()))
                .map(Map.Entry::getValue).findFirst().orElse(FALLBACK);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return homeOf(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()));
    }
}
