package fr.plume.tool.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A signed-in person refused a page (missing role, or a form without its CSRF token) gets the
 * error page saying what was refused and whom to ask, in their language ({@link AccessDeniedController}).
 */
final class AccessDeniedPage implements AccessDeniedHandler {

    static final String PATH = "/access-denied";

    private final AccessDeniedHandler api = new ProblemAuthenticationEntryPoint();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (ProblemResponses.wantsJson(request)) {
            api.handle(request, response, refused);
            return;
        }
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, refused);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(PATH).forward(request, response);
    }
}
