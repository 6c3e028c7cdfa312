package fr.plume.tool.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeAccountRolesTest {

    private final IdentityPorts.MemoryAccounts accounts = new IdentityPorts.MemoryAccounts();
    private final ChangeAccountRoles change = new ChangeAccountRoles(accounts);

    @Test
    void aConsortiumAdministratorGrantsAndRevokesTheAuthorRole() {
        accounts.add("admin", ToolRole.CONSORTIUM_ADMIN, true);
        ToolAccount writer = accounts.add("writer", ToolRole.CERTIFICATION_OFFICER, true);

        change.change("admin", writer.id(), Set.of(ToolRole.CERTIFICATION_OFFICER, ToolRole.AUTHOR));
        assertThat(accounts.findByUsername("writer").orElseThrow().roles())
                .containsExactlyInAnyOrder(ToolRole.CERTIFICATION_OFFICER, ToolRole.AUTHOR);

        change.change("admin", writer.id(), Set.of());
        assertThat(accounts.findByUsername("writer").orElseThrow().roles()).isEmpty();
    }

    @Test
    void anAuthorOrACertificationOfficerOrADisabledAdministratorCannotGrantRoles() {
        ToolAccount author = accounts.add("author", ToolRole.AUTHOR, true);
        accounts.add("officer", ToolRole.CERTIFICATION_OFFICER, true);
        accounts.add("former-admin", ToolRole.CONSORTIUM_ADMIN, false);

        for (String actor : new String[] {"author", "officer", "former-admin", "nobody"}) {
            assertThatThrownBy(() -> change.change(actor, author.id(), Set.of(ToolRole.CONSORTIUM_ADMIN)))
                    .as(actor).isInstanceOf(PlumeProblemException.class).hasMessageContaining("AUTH-FORBIDDEN");
            assertThatThrownBy(() -> change.accounts(actor)).as(actor).hasMessageContaining("AUTH-FORBIDDEN");
        }
        assertThat(accounts.findByUsername("author").orElseThrow().roles()).containsExactly(ToolRole.AUTHOR);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
        ToolAccount admin = accounts.add("admin", ToolRole.CONSORTIUM_ADMIN, true);

        assertThatThrownBy(() -> change.change("admin", admin.id(), Set.of(ToolRole.AUTHOR)))
                .hasMessageContaining("AUTH-OWN-ADMIN-ROLE");
        assertThat(accounts.findByUsername("admin").orElseThrow().roles()).containsExactly(ToolRole.CONSORTIUM_ADMIN);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        accounts.add("admin", ToolRole.CONSORTIUM_ADMIN, true);

        assertThatThrownBy(() -> change.change("admin", java.util.UUID.randomUUID(), Set.of(ToolRole.AUTHOR)))
                .hasMessageContaining("PLUME-NOT-FOUND");
    }
}
