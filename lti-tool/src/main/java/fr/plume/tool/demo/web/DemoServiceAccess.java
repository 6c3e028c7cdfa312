package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.CheckAccessToken;
import fr.plume.tool.demo.domain.AccessGrant;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Bearer access tokens on the AGS and NRPS endpoints (1EdTech Security Framework §4.1). */
@Component
@Profile("demo")
class DemoServiceAccess {

    static final String GRANT_ATTRIBUTE = DemoServiceAccess.class.getName() + ".grant";

    private final CheckAccessToken checkAccessToken;

    DemoServiceAccess(CheckAccessToken checkAccessToken) {
        this.checkAccessToken = checkAccessToken;
    }

    /** The grant of the request's token when it carries one of {@code scopes}; 401 otherwise, as Moodle. */
    AccessGrant require(HttpServletRequest request, String... scopes) {
        AccessGrant grant = checkAccessToken.grantOf(request.getHeader("Authorization"));
        // Kept for the refusal log, which names the client even when the scope is missing.
        request.setAttribute(GRANT_ATTRIBUTE, grant);
        checkAccessToken.requireScope(grant, scopes);
        return grant;
    }
}
