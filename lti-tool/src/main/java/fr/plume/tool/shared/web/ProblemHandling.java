package fr.plume.tool.shared.web;

import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Turns refusals into a page in the reader's language (people) or an RFC 9457 problem (APIs),
 * both carrying the reason code; never a stack trace.
 */
@ControllerAdvice
class ProblemHandling {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final ProblemResponses responses;

    ProblemHandling(ProblemResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(PlumeProblemException.class)
    Object problem(PlumeProblemException problem, HttpServletRequest request, HttpServletResponse response) {
        log.info("event=request.refused code={} status={} path={}", problem.code(), problem.status(),
                request.getRequestURI());
        return responses.render(problem.code(), problem.status(), problem.arguments(), request, response);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            throw exception; // Spring Security answers these (sign-in page, 401/403 problem)
        }
        int status = clientErrorStatus(exception);
        if (status == 413) {
            OversizeRequestFilter.logRefusal(request);
            return responses.render(ProblemResponses.TOO_LARGE, status, new Object[0], request, response);
        }
        if (status > 0) {
            String code = ProblemResponses.clientErrorCode(status);
            log.info("event=request.refused code={} status={} path={}", code, status, request.getRequestURI());
            return responses.render(code, status, new Object[0], request, response);
        }
        if (DatabaseOutage.causedBy(exception)) {
            return unavailable(exception, request, response, responses);
        }
        log.error("event=request.failed path={}", request.getRequestURI(), exception);
        return responses.render("PLUME-INTERNAL", 500, new Object[0], request, response);
    }

    /** The database could not be reached: the retry page (503, Retry-After), one log line without stack trace. */
    static Object unavailable(Throwable exception, HttpServletRequest request, HttpServletResponse response,
            ProblemResponses responses) {
        log.warn("event=request.unavailable reason=database exception={} path={}", exception.getClass().getSimpleName(),
                ProblemResponses.requestedPath(request));
        response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        return responses.render(DatabaseOutage.CODE, 503, new Object[0], request, response);
    }

    /** The 4xx status of a request the client got wrong (unknown address, malformed parameter…), or 0. */
    private static int clientErrorStatus(Exception exception) {
        if (exception instanceof MaxUploadSizeExceededException) {
            return 413;
        }
        // The servlet container could not read the parameters: a body over its limits (413), too
        // many parameters or a malformed body (400).
        if (exception instanceof InvalidParameterException invalid) {
            return invalid.getErrorCode() == 413 ? 413 : 400;
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
}
