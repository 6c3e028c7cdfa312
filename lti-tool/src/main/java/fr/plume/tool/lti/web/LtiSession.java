package fr.plume.tool.lti.web;

import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.application.CompleteLaunch;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.shared.infra.JdbcNewSessions;
import fr.plume.tool.shared.web.CsrfTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The tool session a launch opens. It lives in the HTTP session, which Spring Session keeps in
 * PostgreSQL, so any node serves the next request. Authorities: ROLE_LTI plus ROLE_LTI_&lt;role&gt;.
 */
@Component
class LtiSession implements CurrentLaunch {

    static final String LAUNCH = "plume.lti.launch";
    static final String DEEP_LINKING = "plume.lti.deepLinking";

    /** A pending Deep Linking request; {@code token} guards the picker's form against cross-site posts. */
    record PendingDeepLinking(DeepLinkingSettings settings, String deploymentId, String token) implements Serializable {
    }

    private final SessionRepository<? extends Session> sessions;
    private final JdbcNewSessions newSessions;
    private final CookieSerializer cookies;

    LtiSession(SessionRepository<? extends Session> sessions, JdbcNewSessions newSessions, CookieSerializer cookies) {
        this.sessions = sessions;
        this.newSessions = newSessions;
        this.cookies = cookies;
    }

    /**
     * Opens the session of a launch straight in the session store and sets its cookie: the launch
     * is served ahead of the servlet filters (LtiMessageFilter). A session this browser already
     * had ends: a new identity never keeps a session id an attacker may have planted.
     */
    void open(CompleteLaunch.Outcome outcome, String pickerToken, HttpServletRequest request,
            HttpServletResponse response) {
        for (String previous : cookies.readCookieValues(request)) {
            sessions.deleteById(previous);
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(LAUNCH, outcome.context());
        if (outcome.deepLinking() != null) {
            attributes.put(DEEP_LINKING,
                    new PendingDeepLinking(outcome.deepLinking(), outcome.deploymentId(), pickerToken));
        }
        attributes.put(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security(outcome.context()));
        attributes.put(CsrfTokens.SESSION_ATTRIBUTE, CsrfTokens.newToken(request));
        cookies.writeCookieValue(new CookieValue(request, response, newSessions.open(attributes)));
    }

    private static SecurityContext security(LaunchContext launch) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_LTI"));
        for (LtiRole role : launch.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_LTI_" + role.name()));
        }
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "lti:" + launch.userId(), null, authorities));
        return security;
    }

    @Override
    public Optional<LaunchContext> get() {
        // Read from the HttpSession itself: a session attribute read through RequestAttributes is
        // set again at the end of the request, so Spring Session would rewrite it on every page.
        HttpSession session = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                ? current.getRequest().getSession(false) : null;
        return session != null && session.getAttribute(LAUNCH) instanceof LaunchContext context
                ? Optional.of(context) : Optional.empty();
    }

    @Override
    public LaunchContext require() {
        return get().orElseThrow(() -> new PlumeProblemException("LTI-SESSION-MISSING", 401));
    }

    Optional<PendingDeepLinking> pendingDeepLinking(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(DEEP_LINKING) instanceof PendingDeepLinking pending
                ? Optional.of(pending) : Optional.empty();
    }

    void finishDeepLinking(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(DEEP_LINKING);
        }
    }
}
