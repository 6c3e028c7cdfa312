package fr.plume.tool.lti.application;

import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchGrants;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.domain.PendingDeepLinking;
import fr.plume.tool.lti.domain.SessionStore;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The tool session a launch opens, and the launch bound to the current HTTP session. The session
 * lives in Spring Session's PostgreSQL tables, so any node serves the next request.
 * Authorities: ROLE_LTI plus ROLE_LTI_&lt;role&gt;, and the roles other modules grant ({@link LaunchGrants}).
 */
@Service
public class LaunchSessions implements CurrentLaunch {

    static final String LAUNCH = "plume.lti.launch";
    static final String DEEP_LINKING = "plume.lti.deepLinking";

    private final SessionStore store;
    private final List<LaunchGrants> grants;

    LaunchSessions(SessionStore store) {
        this(store, List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    LaunchSessions(SessionStore store, List<LaunchGrants> grants) {
        this.store = store;
        this.grants = List.copyOf(grants);
    }

    /**
     * Stores the session of a finished launch; returns its id, for the session cookie.
     *
     * @param csrf the new session's CSRF token, stored under {@code csrfAttribute}
     */
    public String open(CompleteLaunch.Outcome outcome, String pickerToken, String csrfAttribute, Serializable csrf) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(LAUNCH, outcome.context());
        if (outcome.deepLinking() != null) {
            attributes.put(DEEP_LINKING,
                    new PendingDeepLinking(outcome.deepLinking(), outcome.deploymentId(), pickerToken));
        }
        attributes.put(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                security(outcome.context(), granted(outcome)));
        attributes.put(csrfAttribute, csrf);
        return store.open(attributes);
    }

    private Set<String> granted(CompleteLaunch.Outcome outcome) {
        Set<String> roles = new TreeSet<>();
        grants.forEach(g -> roles.addAll(g.rolesFor(outcome.context().memberId(), outcome.platformRoles())));
        return roles;
    }

    private static SecurityContext security(LaunchContext launch, Set<String> granted) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_LTI"));
        granted.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
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

    public Optional<PendingDeepLinking> pendingDeepLinking(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(DEEP_LINKING) instanceof PendingDeepLinking pending
                ? Optional.of(pending) : Optional.empty();
    }

    public void finishDeepLinking(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(DEEP_LINKING);
        }
    }
}
