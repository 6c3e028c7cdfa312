package fr.plume.tool.demo.web;

import fr.plume.tool.demo.infra.JdbcDemoAccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Bearer access tokens on the AGS and NRPS endpoints (1EdTech Security Framework §4.1). */
@Component
@Profile("demo")
class DemoServiceAccess {

    static final String GRANT_ATTRIBUTE = DemoServiceAccess.class.getName() + ".grant";

    private final JdbcDemoAccessTokens tokens;
    private final Clock clock;

    DemoServiceAccess(JdbcDemoAccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The grant of the request's token when it carries one of {@code scopes}; 401 otherwise, as Moodle. */
    JdbcDemoAccessTokens.Grant require(HttpServletRequest request, String... scopes) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new DemoServiceRefusal(401, "Missing bearer access token");
        }
        JdbcDemoAccessTokens.Grant grant = tokens.find(authorization.substring(7).trim(), clock.instant())
                .orElseThrow(() -> new DemoServiceRefusal(401, "Unknown or expired access token"));
        request.setAttribute(GRANT_ATTRIBUTE, grant);
        if (!grant.allowsAny(scopes)) {
            throw new DemoServiceRefusal(401, "Access token lacks the scope " + String.join(" or ", scopes));
        }
        return grant;
    }
}
