package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where pages keep their CSRF token: in the session, under {@link #SESSION_ATTRIBUTE}. A session
 * opened outside the filter chain (a launch) stores its token from the start, so the first page
 * does not have to write the session again to add one.
 */
public final class CsrfTokens {

    public static final String SESSION_ATTRIBUTE = "plume.csrfToken";

    private static final HttpSessionCsrfTokenRepository REPOSITORY = new HttpSessionCsrfTokenRepository();

    static {
        REPOSITORY.setSessionAttributeName(SESSION_ATTRIBUTE);
    }

    private CsrfTokens() {
    }

    static HttpSessionCsrfTokenRepository repository() {
        return REPOSITORY;
    }

    /** A new token, as the pages' repository makes them. */
    public static CsrfToken newToken(HttpServletRequest request) {
        return REPOSITORY.generateToken(request);
    }
}
