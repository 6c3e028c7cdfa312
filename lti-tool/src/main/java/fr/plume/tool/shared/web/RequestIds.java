package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/** The id of a request, in each of its log lines and on its error page (DESIGN §12). */
public final class RequestIds {

    static final String ATTRIBUTE = "plumeRequestId";

    private RequestIds() {
    }

    /** Gives the request an id, or keeps the one it has, and puts it in the logging context. */
    public static void assign(HttpServletRequest request) {
        String requestId = request.getAttribute(ATTRIBUTE) instanceof String known ? known
                // A short reference to quote to support, not a secret: no need for SecureRandom (and its lock).
                : Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000);
        request.setAttribute(ATTRIBUTE, requestId);
        MDC.put("requestId", requestId);
    }

    /** Clears what the request put in the logging context. */
    public static void clear() {
        MDC.remove("requestId");
        MDC.remove("memberId");
    }
}
