package fr.plume.tool.lti.web;

import fr.plume.tool.shared.web.Redirects;
import org.springframework.web.servlet.view.RedirectView;
import fr.plume.tool.lti.application.CompleteLaunch;
import fr.plume.tool.lti.application.StartLogin;
import fr.plume.tool.lti.application.StateCookieMissing;
import fr.plume.tool.lti.domain.LaunchRejected;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The redirect URI: the platform's form POST of id_token and state (LTI Core §5.1.1.3). */
@Controller
class LaunchController {

    private static final Logger log = LoggerFactory.getLogger(LaunchController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CompleteLaunch completeLaunch;
    private final LtiSession session;

    LaunchController(CompleteLaunch completeLaunch, LtiSession session) {
        this.completeLaunch = completeLaunch;
        this.session = session;
    }

    @PostMapping("/lti/launch")
    RedirectView launch(@RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "id_token", required = false) String idToken,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Map<String, String> stateCookies = stateCookies(request);
        if (state != null && stateCookies.containsKey(StartLogin.STATE_COOKIE_PREFIX + state)) {
            // One-time: the browser forgets the binding whatever the outcome.
            response.addHeader(HttpHeaders.SET_COOKIE, LoginController.stateCookie(
                    StartLogin.STATE_COOKIE_PREFIX + state, "", Duration.ZERO).toString());
        }
        CompleteLaunch.Outcome outcome = completeLaunch.complete(state, idToken, stateCookies);
        session.open(outcome, randomToken(), request, response);
        return Redirects.to(outcome.landingPath());
    }

    /** Platforms must POST (response_mode=form_post); a GET is a bookmark or a stray link. */
    @GetMapping("/lti/launch")
    String launchByGet() {
        throw new LaunchRejected("LTI-LAUNCH-NOT-POST", 405);
    }

    @ExceptionHandler(StateCookieMissing.class)
    String stateCookieMissing(StateCookieMissing missing, HttpServletResponse response, Model model) {
        log.info("event=request.refused code={} status={} path=/lti/launch", missing.code(), missing.status());
        response.setStatus(missing.status());
        model.addAttribute("code", missing.code());
        model.addAttribute("relaunch", missing.relaunch().toString());
        return "lti/relaunch";
    }

    private static Map<String, String> stateCookies(HttpServletRequest request) {
        Map<String, String> cookies = new HashMap<>();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().startsWith(StartLogin.STATE_COOKIE_PREFIX)) {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        return cookies;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
