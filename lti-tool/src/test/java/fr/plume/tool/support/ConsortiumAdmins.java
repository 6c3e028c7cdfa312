package fr.plume.tool.support;

import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Consortium administrators for tests that sign in to admin pages or call admin APIs. */
public final class ConsortiumAdmins {

    private ConsortiumAdmins() {
    }

    /** Creates the administrator {@code username} unless the shared test database has it already. */
    public static void ensure(JdbcToolAccounts accounts, PasswordEncoder encoder, String username, String password) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.insert(new ToolAccount(UUID.randomUUID(), username, encoder.encode(password), username, null,
                    Set.of(ToolRole.CONSORTIUM_ADMIN), true));
        }
    }
}
