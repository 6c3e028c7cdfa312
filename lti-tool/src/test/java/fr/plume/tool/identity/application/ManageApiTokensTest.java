package fr.plume.tool.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.identity.domain.ApiToken;
import fr.plume.tool.identity.domain.ApiTokenSecret;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.MovableClock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManageApiTokensTest {

    private final MovableClock clock = MovableClock.stopped();
    private final IdentityPorts.MemoryAccounts accounts = new IdentityPorts.MemoryAccounts();
    private final IdentityPorts.MemoryTokens tokens = new IdentityPorts.MemoryTokens(accounts);
    private final ManageApiTokens manage = new ManageApiTokens(tokens, accounts, clock);

    @Test
    void aCreatedTokenIsKeptByTheHashOfItsSecretOnlyAndListedForItsOwner() {
        accounts.add("alice", ToolRole.CONSORTIUM_ADMIN, true);

        ManageApiTokens.Created created = manage.create("alice", "  nightly export ", Set.of(ApiScope.SYNC_READ),
                Duration.ofDays(30));

        assertThat(created.secret()).startsWith(ApiTokenSecret.PREFIX);
        assertThat(created.token().name()).isEqualTo("nightly export");
        assertThat(created.token().expiresAt()).isEqualTo(created.token().createdAt().plus(Duration.ofDays(30)));
        assertThat(tokens.findBySecretHash(ApiTokenSecret.hash(created.secret()))).isPresent();
        assertThat(manage.of("alice")).extracting(ApiToken::id).containsExactly(created.token().id());
    }

    @Test
    void refusesATokenWithoutNameOrScopeOrForAnUnknownAccount() {
        accounts.add("alice", ToolRole.CONSORTIUM_ADMIN, true);

        assertThatThrownBy(() -> manage.create("alice", " ", Set.of(ApiScope.SYNC_READ), null))
                .isInstanceOf(PlumeProblemException.class).hasMessage("AUTH-TOKEN-NAME");
        assertThatThrownBy(() -> manage.create("alice", "x".repeat(101), Set.of(ApiScope.SYNC_READ), null))
                .isInstanceOf(PlumeProblemException.class).hasMessage("AUTH-TOKEN-NAME");
        assertThatThrownBy(() -> manage.create("alice", "export", Set.of(), null))
                .isInstanceOf(PlumeProblemException.class).hasMessage("AUTH-TOKEN-SCOPES");
        assertThatThrownBy(() -> manage.create("mallory", "export", Set.of(ApiScope.SYNC_READ), null))
                .isInstanceOf(PlumeProblemException.class).hasMessage("AUTH-FORBIDDEN");
        assertThat(tokens.bySecretHash).isEmpty();
    }

    @Test
    void anAdministratorRevokesTheirOwnTokensOnlyAndOnce() {
        accounts.add("alice", ToolRole.CONSORTIUM_ADMIN, true);
        accounts.add("bob", ToolRole.CONSORTIUM_ADMIN, true);
        ApiToken alices = manage.create("alice", "export", Set.of(ApiScope.SYNC_RUN), null).token();

        assertThat(manage.revoke("bob", alices.id())).isFalse();
        assertThat(manage.of("alice").get(0).status(clock.instant())).isEqualTo(ApiToken.Status.ACTIVE);
        assertThat(manage.revoke("alice", alices.id())).isTrue();
        assertThat(manage.revoke("alice", alices.id())).isFalse();
        assertThat(manage.of("alice").get(0).status(clock.instant())).isEqualTo(ApiToken.Status.REVOKED);
    }
}
