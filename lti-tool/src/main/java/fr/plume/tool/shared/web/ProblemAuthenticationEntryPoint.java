package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 answers for API calls without a valid token (401) or without the scope (403), with the
 * RFC 6750 §3 challenge: {@code Bearer}, never {@code Basic}, so browsers never prompt for a password.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof BadCredentialsException) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"plume\", error=\"invalid_token\"");
            write(response, 401, "AUTH-TOKEN-INVALID", "The API token is unknown, expired or revoked");
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"plume\"");
        write(response, 401, "AUTH-REQUIRED", "Authentication required: send an API token as Authorization: Bearer");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"plume\", error=\"insufficient_scope\"");
        write(response, 403, "AUTH-FORBIDDEN", "This token's scopes do not allow this call");
    }

    private static void write(HttpServletResponse response, int status, String code, String title) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:plume:problem:" + code + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"code\":\"" + code + "\"}");
    }
}
