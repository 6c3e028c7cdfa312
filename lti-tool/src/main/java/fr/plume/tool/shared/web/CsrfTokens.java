package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where pages keep their CSRF token: in the session, under {@link #SESSION_ATTRIBUTE}. A session
 * opened outside the filter chain (a launch) stores its token from the start, so the first page
 * does not have to write the session again to add one.
 */
public final class CsrfTokens {

    public static final String SESSION_ATTRIBUTE = "plume.csrfToken";

    private static final HttpSessionCsrfTokenRepository REPOSITORY = new HttpSessionCsrfTokenRepository();

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static {
        REPOSITORY.setSessionAttributeName(SESSION_ATTRIBUTE);
    }

    private CsrfTokens() {
    }

    static CsrfTokenRepository repository() {
        return SessionOnlyWhenNeeded.INSTANCE;
    }

    /** A new token, as the pages' repository makes them. */
    public static CsrfToken newToken(HttpServletRequest request) {
        return REPOSITORY.generateToken(request);
    }

    /**
     * Stores no token in a session that does not exist yet for a form post: without a session the
     * post is refused anyway (its token cannot match), and storing the new token would open a
     * session for every anonymous or stale post. Pages (GET) that show a form still open one.
     */
    private enum SessionOnlyWhenNeeded implements CsrfTokenRepository {
        INSTANCE;

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return REPOSITORY.generateToken(request);
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
            if (token != null && request.getSession(false) == null && !SAFE_METHODS.contains(request.getMethod())) {
                return;
            }
            REPOSITORY.saveToken(token, request, response);
        }

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            return REPOSITORY.loadToken(request);
        }
    }
}
