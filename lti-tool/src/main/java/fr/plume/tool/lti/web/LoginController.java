package fr.plume.tool.lti.web;

import fr.plume.tool.shared.web.Redirects;
import org.springframework.web.servlet.view.RedirectView;
import fr.plume.tool.lti.application.StartLogin;
import fr.plume.tool.lti.application.StartLogin.LoginRedirect;
import fr.plume.tool.lti.application.StartLogin.LoginRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/** OIDC login initiation, by GET or POST as the platform prefers (LTI Core §5.1.1). */
@Controller
class LoginController {

    private final StartLogin startLogin;

    LoginController(StartLogin startLogin) {
        this.startLogin = startLogin;
    }

    @RequestMapping(path = "/lti/login", method = {RequestMethod.GET, RequestMethod.POST})
    RedirectView login(@RequestParam(name = "iss", required = false) String issuer,
            @RequestParam(name = "login_hint", required = false) String loginHint,
            @RequestParam(name = "target_link_uri", required = false) String targetLinkUri,
            @RequestParam(name = "lti_message_hint", required = false) String ltiMessageHint,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "lti_deployment_id", required = false) String deploymentId,
            HttpServletResponse response) {
        LoginRedirect redirect = startLogin.start(
                new LoginRequest(issuer, loginHint, targetLinkUri, ltiMessageHint, clientId, deploymentId));
        response.addHeader(HttpHeaders.SET_COOKIE, stateCookie(redirect.cookieName(), redirect.cookieValue(),
                Duration.ofMinutes(10)).toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return Redirects.to(redirect.authorizationRequest().toString());
    }

    /**
     * The state cookie comes back on the platform's cross-site form POST, so it must be
     * SameSite=None (hence Secure); Partitioned keeps it alive where third-party cookies are
     * phased out (CHIPS).
     */
    static ResponseCookie stateCookie(String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value).path("/lti/").httpOnly(true).secure(true).sameSite("None")
                .partitioned(true).maxAge(maxAge).build();
    }
}
