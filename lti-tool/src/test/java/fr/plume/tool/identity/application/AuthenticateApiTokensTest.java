package fr.plume.tool.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.domain.ApiTokenSecret;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.support.MovableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class AuthenticateApiTokensTest {

    private final MovableClock clock = MovableClock.stopped();
    private final IdentityPorts.MemoryAccounts accounts = new IdentityPorts.MemoryAccounts();
    private final IdentityPorts.MemoryTokens tokens = new IdentityPorts.MemoryTokens(accounts);
    private final ManageApiTokens manage = new ManageApiTokens(tokens, accounts, clock);
    private final AuthenticateApiTokens authenticate = new AuthenticateApiTokens(tokens, clock);

    @Test
    void anActiveTokenStandsForItsAccountWithTheAccountsRolesAndTheTokensScopesAndNotesItsUse() {
        accounts.add("alice", ToolRole.CONSORTIUM_ADMIN, true);
        String secret = manage.create("alice", "export", Set.of(ApiScope.SYNC_READ), Duration.ofDays(1)).secret();

        Authentication caller = authenticate.authenticate(secret).orElseThrow();

        assertThat(caller.getName()).isEqualTo("alice");
        assertThat(caller.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_CONSORTIUM_ADMIN", ApiScope.SYNC_READ.authority());
        assertThat(manage.of("alice").get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void unknownExpiredRevokedAndMalformedTokensAndTokensOfDisabledAccountsStandForNobody() {
        accounts.add("alice", ToolRole.CONSORTIUM_ADMIN, true);
        accounts.add("bob", ToolRole.CONSORTIUM_ADMIN, false);
        String expiring = manage.create("alice", "short", Set.of(ApiScope.SYNC_READ), Duration.ofHours(1)).secret();
        var revoked = manage.create("alice", "revoked", Set.of(ApiScope.SYNC_READ), null);
        manage.revoke("alice", revoked.token().id());
        String disabled = manage.create("bob", "export", Set.of(ApiScope.SYNC_READ), null).secret();

        assertThat(authenticate.authenticate(ApiTokenSecret.generate(new SecureRandom()))).isEmpty();
        assertThat(authenticate.authenticate(revoked.secret())).isEmpty();
        assertThat(authenticate.authenticate(disabled)).isEmpty();
        assertThat(authenticate.authenticate("not-a-plume-token")).isEmpty();
        assertThat(authenticate.authenticate(null)).isEmpty();
        assertThat(authenticate.authenticate(expiring)).isPresent();
        clock.advance(Duration.ofHours(1));
        assertThat(authenticate.authenticate(expiring)).isEmpty();
    }
}
