package fr.plume.tool.lti.web;

import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.application.CompleteLaunch;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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

    private final HttpSessionSecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    void open(CompleteLaunch.Outcome outcome, String pickerToken, HttpServletRequest request,
            HttpServletResponse response) {
        if (request.getSession(false) != null) {
            // A new identity in this browser: never keep a session id an attacker may have planted.
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(LAUNCH, outcome.context());
        if (outcome.deepLinking() != null) {
            session.setAttribute(DEEP_LINKING,
                    new PendingDeepLinking(outcome.deepLinking(), outcome.deploymentId(), pickerToken));
        } else {
            session.removeAttribute(DEEP_LINKING);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_LTI"));
        for (LtiRole role : outcome.context().roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_LTI_" + role.name()));
        }
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "lti:" + outcome.context().userId(), null, authorities));
        SecurityContextHolder.setContext(security);
        securityContexts.saveContext(security, request, response);
    }

    @Override
    public Optional<LaunchContext> get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        Object launch = attributes.getAttribute(LAUNCH, RequestAttributes.SCOPE_SESSION);
        return launch instanceof LaunchContext context ? Optional.of(context) : Optional.empty();
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
