package fr.plume.tool.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a page sends a visitor who is not signed in. Only the administrators' pages lead to the
 * sign-in form; everyone else came (or should come) from the platform, inside its iframe, and
 * gets the relaunch page: a launch that failed, a session that expired or a page reloaded after
 * it are fixed by opening the activity again from the course, not by a password. Neither answer
 * stores a session: the address to return to after signing in is kept in a cookie.
 */
final class SignInOrRelaunch implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String SIGN_IN_PAGE = "/login";

    /** The certification staff's pages (officers, centre managers): tool accounts, like administrators. */
    private static final RequestMatcher CERTIFICATION_STAFF_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/certif"),
            PathPatternRequestMatcher.withDefaults().matcher("/certif/centres/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/certif/sessions/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/certif/review/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/certif/audit/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/certif/certificates/**"));

    /** The administrators' pages and their sign-in and sign-out forms. */
    private static final RequestMatcher ADMIN_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/admin/**"), CERTIFICATION_STAFF_PAGES,
            PathPatternRequestMatcher.withDefaults().matcher(SIGN_IN_PAGE),
            PathPatternRequestMatcher.withDefaults().matcher("/logout"));

    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE);
    private final AccessDeniedHandler denied = new AccessDeniedPage();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (ADMIN_PAGES.matches(request)) {
            signIn.commence(request, response, e);
        } else {
            relaunch(request, response);
        }
    }

    /** A form posted after the session ended has no CSRF token to match: that too is a relaunch. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof MissingCsrfTokenException && !ADMIN_PAGES.matches(request)) {
            relaunch(request, response);
        } else {
            denied.handle(request, response, e);
        }
    }

    /** Remembers, in a cookie, only a refused GET of an admin or officer page, to return to it once signed in. */
    static RequestCache requestCache() {
        CookieRequestCache cache = new CookieRequestCache();
        RequestMatcher adminGet = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/admin/**"),
                new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                        CERTIFICATION_STAFF_PAGES));
        cache.setRequestMatcher(adminGet);
        return cache;
    }

    private static void relaunch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.getRequestDispatcher(SessionMissingPage.PATH).forward(request, response);
    }
}
