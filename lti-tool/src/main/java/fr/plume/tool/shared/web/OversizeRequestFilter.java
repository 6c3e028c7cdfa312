package fr.plume.tool.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses request bodies over the server's limits with a 413 and the reason code
 * {@code REQUEST-TOO-LARGE}, logged as one warning (DESIGN §5: an oversize body is a 413, never a
 * 500). It runs first: whoever reads a parameter of such a request (the LTI filter, the CSRF
 * filter reading {@code _csrf}) would otherwise get the container's exception. A body whose
 * declared length is over the limit is refused unread; a chunked one when the container gives up
 * parsing it.
 */
final class OversizeRequestFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizeRequestFilter.class);

    private final long maxFormPost;
    private final long maxMultipart;

    /**
     * @param maxFormPost  the container's limit for application/x-www-form-urlencoded bodies
     * @param maxMultipart the limit of a whole multipart/form-data request
     */
    OversizeRequestFilter(long maxFormPost, long maxMultipart) {
        this.maxFormPost = maxFormPost;
        this.maxMultipart = maxMultipart;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (declaredTooLarge(request)) {
            logRefusal(request);
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (InvalidParameterException refused) {
            if (refused.getErrorCode() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE || response.isCommitted()) {
                throw refused;
            }
            logRefusal(request);
            answer(request, response);
        }
    }

    private boolean declaredTooLarge(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        if (length <= 0 || type == null) {
            return false;
        }
        String mediaType = type.toLowerCase(Locale.ROOT);
        return (mediaType.startsWith("application/x-www-form-urlencoded") && length > maxFormPost)
                || (mediaType.startsWith("multipart/form-data") && length > maxMultipart);
    }

    /** The one log line of a refused oversize request; no stack trace, nothing of the body. */
    static void logRefusal(HttpServletRequest request) {
        RequestIds.assign(request);
        log.warn("event=request.refused code={} status=413 path={} contentLength={}", ProblemResponses.TOO_LARGE,
                ProblemResponses.requestedPath(request), request.getContentLengthLong());
    }

    /**
     * Renders the error page through the usual chain, as a GET without a body: the filters on the
     * way (CSRF, locale) then have no parameter to read.
     */
    private static void answer(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(ProblemResponses.CODE_ATTRIBUTE, ProblemResponses.TOO_LARGE);
        request.getRequestDispatcher("/error").forward(new BodylessGet(request), response);
    }

    /** The refused request as the error page sees it: a GET with no parameters and no body. */
    private static final class BodylessGet extends HttpServletRequestWrapper {

        BodylessGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
