package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.AccessTokens;
import fr.plume.tool.demo.domain.ServiceRefusal;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Bearer access tokens on the AGS and NRPS endpoints (1EdTech Security Framework §4.1): every
 * service call first shows a token, then the token must carry a scope of the service. Refusals
 * are 401, as Moodle answers them.
 */
@Component
@Profile("demo")
public class CheckAccessToken {

    private final AccessTokens tokens;
    private final Clock clock;

    public CheckAccessToken(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The grant of the bearer token in the {@code Authorization} header value. */
    public AccessGrant grantOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ServiceRefusal(401, "Missing bearer access token");
        }
        return tokens.find(authorization.substring(7).trim(), clock.instant())
                .orElseThrow(() -> new ServiceRefusal(401, "Unknown or expired access token"));
    }

    /** Refuses a grant carrying none of {@code scopes}. */
    public void requireScope(AccessGrant grant, String... scopes) {
        if (!grant.allowsAny(scopes)) {
            throw new ServiceRefusal(401, "Access token lacks the scope " + String.join(" or ", scopes));
        }
    }
}
