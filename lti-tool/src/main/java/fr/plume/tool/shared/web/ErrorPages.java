package fr.plume.tool.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page the servlet container renders for refusals made outside Spring MVC (a filter's
 * {@code sendError}, a body over the server's limits): the same page or problem JSON, with a
 * reason code, as every other refusal. Whatever failed was logged where it failed.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemResponses responses;

    ErrorPages(ProblemResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        // A filter that needs PostgreSQL (the session store) failed while the database was unreachable.
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutage.causedBy(failure)) {
            return ProblemHandling.unavailable(failure, request, response, responses);
        }
        // Without the container's error status, someone opened the error page's address: nothing there.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer known ? known
                : HttpServletResponse.SC_NOT_FOUND;
        String code = request.getAttribute(ProblemResponses.CODE_ATTRIBUTE) instanceof String given ? given
                : ProblemResponses.codeFor(status);
        return responses.render(code, status, new Object[0], request, response);
    }
}
