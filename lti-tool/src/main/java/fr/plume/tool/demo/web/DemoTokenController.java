package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.IssueServiceToken;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2 token endpoint for services (1EdTech Security Framework §4.1, Moodle's
 * mod/lti/token.php); see {@link IssueServiceToken}. Answers are never cached.
 */
@RestController
@Profile("demo")
class DemoTokenController {

    private final IssueServiceToken issueServiceToken;

    DemoTokenController(IssueServiceToken issueServiceToken) {
        this.issueServiceToken = issueServiceToken;
    }

    @PostMapping("/demo/platform/token")
    ResponseEntity<Map<String, Object>> token(HttpServletRequest request) {
        boolean form = DemoServiceCalls.contentTypeIs(request, MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        IssueServiceToken.TokenRequest tokenRequest = form
                ? new IssueServiceToken.TokenRequest(true, request.getParameter("client_assertion"),
                        request.getParameter("client_assertion_type"), request.getParameter("grant_type"),
                        request.getParameter("scope"))
                : new IssueServiceToken.TokenRequest(false, null, null, null, null);
        IssueServiceToken.TokenResponse answer = issueServiceToken.issue(tokenRequest, request.getRequestURI());
        return ResponseEntity.status(answer.status()).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }
}
