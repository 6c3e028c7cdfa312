package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.CompleteLaunch;
import fr.plume.tool.lti.application.LaunchMetrics;
import fr.plume.tool.lti.application.StartLogin;
import fr.plume.tool.lti.application.StartLogin.LoginRedirect;
import fr.plume.tool.lti.application.StartLogin.LoginRequest;
import fr.plume.tool.shared.web.BrowserPolicies;
import fr.plume.tool.shared.web.ContentSecurityPolicy;
import fr.plume.tool.shared.web.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The two LTI messages of every launch, served ahead of the servlet filter chain: the OIDC login
 * initiation (LTI Core §5.1.1, by GET or POST) and the platform's form POST of id_token and state
 * to the redirect URI (LTI Core §5.1.1.3). Both are cross-site requests that the signed id_token
 * and the one-time state authenticate, so they need neither Spring Security's filters nor Spring
 * MVC, and they are the tool's busiest requests (docs/performance.md).
 *
 * <p>Only success is answered here: a refused message continues down the normal chain with its
 * exception in {@link #REFUSAL}, and {@link LtiMessageController} renders the page with its reason
 * code, in French or English, through the usual error handling.
 */
final class LtiMessageFilter extends HttpFilter {

    static final String LOGIN = "/lti/login";
    static final String LAUNCH = "/lti/launch";
    static final String REFUSAL = LtiMessageFilter.class.getName() + ".refusal";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StartLogin startLogin;
    private final CompleteLaunch completeLaunch;
    private final LtiSession session;
    private final ContentSecurityPolicy csp;
    private final LaunchMetrics launches;

    LtiMessageFilter(StartLogin startLogin, CompleteLaunch completeLaunch, LtiSession session,
            ContentSecurityPolicy csp, LaunchMetrics launches) {
        this.startLogin = startLogin;
        this.launches = launches;
        this.completeLaunch = completeLaunch;
        this.session = session;
        this.csp = csp;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean post = "POST".equals(request.getMethod());
        boolean login = LOGIN.equals(path) && (post || "GET".equals(request.getMethod()));
        boolean launch = LAUNCH.equals(path) && post;
        if (!login && !launch) {
            chain.doFilter(request, response);
            return;
        }
        RequestIds.assign(request);
        try {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            String location = login ? login(request, response) : launch(request, response);
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader(HttpHeaders.LOCATION, location);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", csp.header());
            BrowserPolicies.write(response);
            response.setContentLength(0);
            if (launch) {
                launches.accepted();
            }
        } catch (RuntimeException refused) {
            if (launch) {
                launches.refused();
            }
            request.setAttribute(REFUSAL, refused);
            chain.doFilter(request, response);
        } finally {
            RequestIds.clear();
        }
    }

    private String login(HttpServletRequest request, HttpServletResponse response) {
        LoginRedirect redirect = startLogin.start(new LoginRequest(request.getParameter("iss"),
                request.getParameter("login_hint"), request.getParameter("target_link_uri"),
                request.getParameter("lti_message_hint"), request.getParameter("client_id"),
                request.getParameter("lti_deployment_id")));
        response.addHeader(HttpHeaders.SET_COOKIE,
                stateCookie(redirect.cookieName(), redirect.cookieValue(), Duration.ofMinutes(10)));
        return redirect.authorizationRequest().toString();
    }

    private String launch(HttpServletRequest request, HttpServletResponse response) {
        String state = request.getParameter("state");
        Map<String, String> stateCookies = stateCookies(request);
        if (state != null && stateCookies.containsKey(StartLogin.STATE_COOKIE_PREFIX + state)) {
            // One-time: the browser forgets the binding whatever the outcome.
            response.addHeader(HttpHeaders.SET_COOKIE,
                    stateCookie(StartLogin.STATE_COOKIE_PREFIX + state, "", Duration.ZERO));
        }
        CompleteLaunch.Outcome outcome = completeLaunch.complete(state, request.getParameter("id_token"),
                stateCookies);
        session.open(outcome, randomToken(), request, response);
        return request.getContextPath() + outcome.landingPath();
    }

    /**
     * The state cookie comes back on the platform's cross-site form POST, so it must be
     * SameSite=None (hence Secure); Partitioned keeps it alive where third-party cookies are
     * phased out (CHIPS).
     */
    private static String stateCookie(String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value).path("/lti/").httpOnly(true).secure(true).sameSite("None")
                .partitioned(true).maxAge(maxAge).build().toString();
    }

    private static Map<String, String> stateCookies(HttpServletRequest request) {
        Map<String, String> cookies = new HashMap<>();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().startsWith(StartLogin.STATE_COOKIE_PREFIX)) {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        return cookies;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
