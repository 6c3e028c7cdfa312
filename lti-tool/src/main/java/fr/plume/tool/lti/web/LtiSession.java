package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.CompleteLaunch;
import fr.plume.tool.lti.application.LaunchSessions;
import fr.plume.tool.shared.web.CsrfTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.stereotype.Component;

/** The session cookie of a launch: the tool session itself is opened by {@link LaunchSessions}. */
@Component
class LtiSession {

    private final SessionRepository<? extends Session> sessions;
    private final LaunchSessions launchSessions;
    private final CookieSerializer cookies;

    LtiSession(SessionRepository<? extends Session> sessions, LaunchSessions launchSessions, CookieSerializer cookies) {
        this.sessions = sessions;
        this.launchSessions = launchSessions;
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
        CsrfToken csrf = CsrfTokens.newToken(request);
        String id = launchSessions.open(outcome, pickerToken, CsrfTokens.SESSION_ATTRIBUTE, csrf);
        cookies.writeCookieValue(new CookieValue(request, response, id));
    }
}
