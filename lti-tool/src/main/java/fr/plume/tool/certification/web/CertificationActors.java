package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.Actor;
import fr.plume.tool.certification.application.Sitter;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is behind the request, for certification: a signed-in tool account (staff), the sessions
 * this browser session opened with a PIN (invigilator), or the LTI launch (candidate). A launch
 * makes no one staff, except the national officer when the consortium mapped one of its roles.
 */
@Component
class CertificationActors {

    static final String INVIGILATING = "plume.certification.invigilating";
    private static final String OFFICER = "ROLE_CERTIFICATION_OFFICER";
    private static final String LTI = "ROLE_LTI";

    private final ObjectProvider<CurrentLaunch> launch;

    CertificationActors(ObjectProvider<CurrentLaunch> launch) {
        this.launch = launch;
    }

    Actor actor(HttpSession session) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean account = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().noneMatch(a -> LTI.equals(a.getAuthority()));
        // A launch is the officer only when the consortium mapped one of its roles (OfficerLaunchGrants).
        boolean officer = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().anyMatch(a -> OFFICER.equals(a.getAuthority()));
        return new Actor(account || officer ? authentication.getName() : null, officer, invigilating(session));
    }

    /** The grants this browser holds (session id to grant); anything else stored there grants nothing. */
    @SuppressWarnings("unchecked")
    static Map<UUID, String> invigilating(HttpSession session) {
        Object granted = session == null ? null : session.getAttribute(INVIGILATING);
        return granted instanceof Map<?, ?> map ? (Map<UUID, String>) map : Map.of();
    }

    static void grantInvigilation(HttpSession session, CertificationSession opened) {
        Map<UUID, String> granted = new HashMap<>(invigilating(session));
        granted.put(opened.id(), opened.invigilationGrant());
        session.setAttribute(INVIGILATING, granted);
    }

    Sitter sitter() {
        CurrentLaunch current = launch.getIfAvailable();
        LaunchContext context = current == null ? null : current.get().orElse(null);
        if (context == null) {
            throw new PlumeProblemException("LTI-SESSION-MISSING", 401);
        }
        Map<String, String> custom = context.custom();
        String certification = "CERTIFICATION".equalsIgnoreCase(custom.getOrDefault("plume_kind", "").strip())
                ? custom.get("plume_activity") : null;
        return new Sitter(context.memberId(), context.userId(), certification, extraTime(custom),
                "true".equalsIgnoreCase(String.valueOf(custom.get("plume_accessible_items")).strip().toLowerCase(Locale.ROOT)));
    }

    private static int extraTime(Map<String, String> custom) {
        try {
            return Math.max(0, Math.min(200, Integer.parseInt(custom.getOrDefault("plume_extra_time_percent", "0").strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
