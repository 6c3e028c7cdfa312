package fr.plume.tool.shared.web;

import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    Object unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        log.error("event=request.failed path={}", request.getRequestURI(), exception);
        return render("PLUME-INTERNAL", 500, new Object[0], request, response);
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
            body.setProperty("requestId", request.getAttribute(RequestIdFilter.ATTRIBUTE));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("code", code);
        page.addObject("status", status);
        page.addObject("problemTitle", title);
        page.addObject("advice", advice);
        page.addObject("requestId", request.getAttribute(RequestIdFilter.ATTRIBUTE));
        return page;
    }

    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith("/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
