package fr.plume.tool.shared.web;

import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns refusals into a page in the reader's language (people) or an RFC 9457 problem (APIs),
 * both carrying the reason code; never a stack trace.
 */
@ControllerAdvice
class ProblemHandling {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final MessageSource messages;

    ProblemHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlumeProblemException.class)
    Object problem(PlumeProblemException problem, HttpServletRequest request, HttpServletResponse response) {
        log.info("event=request.refused code={} status={} path={}", problem.code(), problem.status(),
                request.getRequestURI());
        return render(problem.code(), problem.status(), problem.arguments(), request, response);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            throw exception; // Spring Security answers these (sign-in page, 401/403 problem)
        }
        int status = clientErrorStatus(exception);
        if (status > 0) {
            String code = CLIENT_ERROR_CODES.getOrDefault(status, "PLUME-BAD-REQUEST");
            log.info("event=request.refused code={} status={} path={}", code, status, request.getRequestURI());
            return render(code, status, new Object[0], request, response);
        }
        log.error("event=request.failed path={}", request.getRequestURI(), exception);
        return render("PLUME-INTERNAL", 500, new Object[0], request, response);
    }

    private static final Map<Integer, String> CLIENT_ERROR_CODES = Map.of(
            400, "PLUME-BAD-REQUEST", 404, "PLUME-NOT-FOUND", 405, "PLUME-METHOD-NOT-ALLOWED",
            406, "PLUME-BAD-REQUEST", 413, "PLUME-TOO-LARGE", 415, "PLUME-BAD-REQUEST");

    /** The 4xx status of a request the client got wrong (unknown address, malformed parameter…), or 0. */
    private static int clientErrorStatus(Exception exception) {
        if (exception instanceof MaxUploadSizeExceededException) {
            return 413;
        }
        if (exception instanceof ErrorResponse errorResponse && errorResponse.getStatusCode().is4xxClientError()) {
            return errorResponse.getStatusCode().value();
        }
        if (exception instanceof TypeMismatchException || exception instanceof ServletRequestBindingException
                || exception instanceof HttpMessageNotReadableException
                || exception instanceof MultipartException) {
            return 400;
        }
        return 0;
    }

    private Object render(String code, int status, Object[] args, HttpServletRequest request,
            HttpServletResponse response) {
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

    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith("/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
