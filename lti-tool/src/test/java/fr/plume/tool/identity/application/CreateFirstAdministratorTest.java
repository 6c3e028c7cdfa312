package fr.plume.tool.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class CreateFirstAdministratorTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final IdentityPorts.MemoryAccounts accounts = new IdentityPorts.MemoryAccounts();

    @Test
    void createsTheAdminAccountWithTheConfiguredPasswordHashedWhenThereIsNoAdministrator() {
        new CreateFirstAdministrator(accounts, encoder, "configured-password", "demo-password").createWhenMissing();

        ToolAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(ToolRole.CONSORTIUM_ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.passwordHash()).doesNotContain("configured-password");
        assertThat(encoder.matches("configured-password", admin.passwordHash())).isTrue();
    }

    @Test
    void inDemoModeTheDemoPasswordServesWhenNoneIsConfigured() {
        new CreateFirstAdministrator(accounts, encoder, "", "demo-password").createWhenMissing();

        assertThat(encoder.matches("demo-password", accounts.findByUsername("admin").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void createsNothingWithoutAPasswordOrWhenAnAdministratorExists() {
        new CreateFirstAdministrator(accounts, encoder, " ", "").createWhenMissing();
        assertThat(accounts.accounts).isEmpty();

        accounts.add("alice", ToolRole.CONSORTIUM_ADMIN, true);
        new CreateFirstAdministrator(accounts, encoder, "configured-password", "").createWhenMissing();
        assertThat(accounts.accounts.keySet()).isEqualTo(Set.of("alice"));
    }
}
