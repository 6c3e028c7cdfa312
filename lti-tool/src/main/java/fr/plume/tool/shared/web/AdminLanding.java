package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a sign-in lands when no page was asked for: the consortium's admin home, or for a member
 * administrator (who may not open it) the usage of their member.
 */
final class AdminLanding extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String MEMBER_HOME = "/admin/member/usage";

    AdminLanding() {
        setDefaultTargetUrl("/admin");
        setRequestCache(SignInOrRelaunch.requestCache());
    }

    /** Called only when no saved page applies (the saved-request branch redirects before). */
    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        boolean memberAdminOnly = has(authentication, "ROLE_MEMBER_ADMIN") && !has(authentication, "ROLE_CONSORTIUM_ADMIN");
        if (has(authentication, "ROLE_PSYCHOMETRICIAN") && !has(authentication, "ROLE_CONSORTIUM_ADMIN")) {
            return "/admin/psychometrics/runs"; // a psychometrician (issue 16) may not open /admin
        }
        return memberAdminOnly ? MEMBER_HOME : super.determineTargetUrl(request, response, authentication);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
