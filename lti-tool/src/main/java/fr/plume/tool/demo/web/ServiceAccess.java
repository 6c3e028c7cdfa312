package fr.plume.tool.demo.web;

import fr.plume.tool.demo.infra.JdbcAccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Bearer access tokens on the AGS and NRPS endpoints (1EdTech Security Framework §4.1). */
@Component
@Profile("demo")
class ServiceAccess {

    static final String GRANT_ATTRIBUTE = ServiceAccess.class.getName() + ".grant";

    private final JdbcAccessTokens tokens;
    private final Clock clock;

    ServiceAccess(JdbcAccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The grant of the request's token when it carries one of {@code scopes}; 401 otherwise, as Moodle. */
    JdbcAccessTokens.Grant require(HttpServletRequest request, String... scopes) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ServiceRefusal(401, "Missing bearer access token");
        }
        JdbcAccessTokens.Grant grant = tokens.find(authorization.substring(7).trim(), clock.instant())
                .orElseThrow(() -> new ServiceRefusal(401, "Unknown or expired access token"));
        request.setAttribute(GRANT_ATTRIBUTE, grant);
        if (!grant.allowsAny(scopes)) {
            throw new ServiceRefusal(401, "Access token lacks the scope " + String.join(" or ", scopes));
        }
        return grant;
    }
}
