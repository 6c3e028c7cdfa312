package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.StateCookieMissing;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.shared.web.ProblemResponses;
import fr.plume.tool.shared.web.SessionMissingPage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The pages of refused LTI messages, and the relaunch page of pages visited without a session.
 * {@link LtiMessageFilter} answers every accepted login and launch; what it refuses reaches here
 * with its reason, and is rendered like any other refusal.
 */
@Controller
class LtiMessageController {

    private static final Logger log = LoggerFactory.getLogger(LtiMessageController.class);

    @RequestMapping(path = LtiMessageFilter.LOGIN, method = {RequestMethod.GET, RequestMethod.POST})
    String loginRefused(HttpServletRequest request, HttpServletResponse response) {
        // A HEAD, which Spring serves as a GET, is the only request the filter leaves alone.
        throw refusal(request, response, () -> new LaunchRejected("LTI-LOGIN-INVALID", 400));
    }

    @PostMapping(LtiMessageFilter.LAUNCH)
    String launchRefused(HttpServletRequest request, HttpServletResponse response) {
        throw refusal(request, response, () -> new IllegalStateException("LtiMessageFilter did not see this launch"));
    }

    private static RuntimeException refusal(HttpServletRequest request, HttpServletResponse response,
            Supplier<RuntimeException> otherwise) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return request.getAttribute(LtiMessageFilter.REFUSAL) instanceof RuntimeException refusal ? refusal
                : otherwise.get();
    }

    /** Platforms must POST (response_mode=form_post); a GET is a bookmark or a stray link. */
    @GetMapping(LtiMessageFilter.LAUNCH)
    String launchByGet() {
        throw new LaunchRejected("LTI-LAUNCH-NOT-POST", 405);
    }

    /**
     * The relaunch page of a visitor without a session (a launch that failed, a session that
     * expired, a page reloaded after it), forwarded here by the security configuration.
     */
    @RequestMapping(SessionMissingPage.PATH)
    String sessionMissing(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (ProblemResponses.wantsJson(request)) {
            throw new PlumeProblemException(SessionMissingPage.CODE, HttpServletResponse.SC_UNAUTHORIZED);
        }
        log.info("event=request.refused code={} status=401 path={}", SessionMissingPage.CODE, requestedPath(request));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("code", SessionMissingPage.CODE);
        return "lti/session-missing";
    }

    private static String requestedPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String original ? original
                : request.getRequestURI();
    }

    @ExceptionHandler(StateCookieMissing.class)
    String stateCookieMissing(StateCookieMissing missing, HttpServletResponse response, Model model) {
        log.info("event=request.refused code={} status={} path=/lti/launch", missing.code(), missing.status());
        response.setStatus(missing.status());
        model.addAttribute("code", missing.code());
        model.addAttribute("relaunch", missing.relaunch().toString());
        return "lti/relaunch";
    }
}
