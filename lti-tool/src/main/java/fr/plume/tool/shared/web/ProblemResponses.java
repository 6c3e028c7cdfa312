package fr.plume.tool.shared.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One refusal, answered as people and APIs expect it: the {@code error} page in the reader's
 * language, or an RFC 9457 problem; both carry the reason code and the request id. Each is
 * counted in {@code plume.problems{code, status}} (the codes are the application's constants).
 */
@Component
public class ProblemResponses {

    /** Request attribute naming the reason code of a refusal answered through the error page. */
    static final String CODE_ATTRIBUTE = ProblemResponses.class.getName() + ".code";

    static final String TOO_LARGE = "REQUEST-TOO-LARGE";

    private static final Map<Integer, String> CLIENT_ERROR_CODES = Map.of(
            400, "PLUME-BAD-REQUEST", 404, "PLUME-NOT-FOUND", 405, "PLUME-METHOD-NOT-ALLOWED",
            406, "PLUME-BAD-REQUEST", 413, TOO_LARGE, 415, "PLUME-BAD-REQUEST");

    private final MessageSource messages;
    private final MeterRegistry meters;

    ProblemResponses(MessageSource messages, MeterRegistry meters) {
        this.messages = messages;
        this.meters = meters;
    }

    /** The reason code of a request the client got wrong, by its 4xx status. */
    static String clientErrorCode(int status) {
        return CLIENT_ERROR_CODES.getOrDefault(status, "PLUME-BAD-REQUEST");
    }

    /** The reason code of an error status that came without one (the container's error page). */
    static String codeFor(int status) {
        if (status >= 500) {
            return "PLUME-INTERNAL";
        }
        return CLIENT_ERROR_CODES.getOrDefault(status, "HTTP-" + status);
    }

    Object render(String code, int status, Object[] args, HttpServletRequest request, HttpServletResponse response) {
        Counter.builder("plume.problems").tag("code", code).tag("status", String.valueOf(status))
                .description("Refusals and errors answered by this node, by reason code").register(meters).increment();
        Locale locale = RequestContextUtils.getLocale(request);
        String title = messages.getMessage("problem." + code + ".title", args,
                messages.getMessage("problem.generic.title", null, locale), locale);
        String advice = messages.getMessage("problem." + code + ".advice", args,
                messages.getMessage("problem.generic.advice", null, locale), locale);
        if (wantsJson(request)) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), advice);
            body.setTitle(title);
            body.setType(URI.create("urn:plume:problem:" + code));
            body.setProperty("code", code);
            body.setProperty("requestId", request.getAttribute(RequestIds.ATTRIBUTE));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("code", code);
        page.addObject("status", status);
        page.addObject("problemTitle", title);
        page.addObject("advice", advice);
        page.addObject("requestId", request.getAttribute(RequestIds.ATTRIBUTE));
        return page;
    }

    /** Whether the client reads problem JSON rather than pages (an API call, or a script asking for JSON). */
    public static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return requestedPath(request).startsWith("/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    /** The address the client asked for, also while its error page is being rendered. */
    static String requestedPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI();
    }
}
