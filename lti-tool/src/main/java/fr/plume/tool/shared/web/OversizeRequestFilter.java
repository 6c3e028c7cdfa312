package fr.plume.tool.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
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

    private static void answer(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        RefusedRequests.render(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                ProblemResponses.TOO_LARGE);
    }
}
