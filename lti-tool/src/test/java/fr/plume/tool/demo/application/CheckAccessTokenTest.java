package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.Scopes;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CheckAccessTokenTest {

    private final DemoPorts ports = new DemoPorts();
    private final CheckAccessToken check = new CheckAccessToken(ports.tokens, ports.clock);
    private final String token = ports.tokens.issue(DemoPorts.CLIENT_ID, List.of(Scopes.SCORE),
            ports.clock.instant().plus(Duration.ofHours(1)));

    @Test
    void findsTheGrantOfABearerTokenWhateverTheSchemesCase() {
        AccessGrant grant = check.grantOf("bearer " + token);

        assertThat(grant.clientId()).isEqualTo(DemoPorts.CLIENT_ID);
        check.requireScope(grant, Scopes.LINEITEM, Scopes.SCORE);
    }

    @Test
    void refusesMissingUnknownAndExpiredTokensWith401() {
        assertRefused(() -> check.grantOf(null), "Missing bearer access token");
        assertRefused(() -> check.grantOf("Basic abc"), "Missing bearer access token");
        assertRefused(() -> check.grantOf("Bearer nope"), "Unknown or expired access token");
        ports.clock.advance(Duration.ofHours(1));
        assertRefused(() -> check.grantOf("Bearer " + token), "Unknown or expired access token");
    }

    @Test
    void refusesATokenWithoutTheServicesScope() {
        AccessGrant grant = check.grantOf("Bearer " + token);

        assertRefused(() -> check.requireScope(grant, Scopes.LINEITEM, Scopes.LINEITEM_READONLY),
                "Access token lacks the scope " + Scopes.LINEITEM + " or " + Scopes.LINEITEM_READONLY);
    }

    private static void assertRefused(ThrowingCallable call, String reason) {
        ServiceRefusals.assertRefused(call, 401, reason);
    }
}
