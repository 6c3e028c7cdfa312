package fr.plume.tool.identity.application;

import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolAccounts;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A consortium administrator grants or revokes the roles of the tool's accounts (e.g. AUTHOR).
 * Only an enabled consortium administrator may (checked here too, not only by the page's URL
 * rule); nobody removes their own administrator role, so the consortium keeps one.
 */
@Service
public class ChangeAccountRoles {

    private static final Logger log = LoggerFactory.getLogger(ChangeAccountRoles.class);

    private final ToolAccounts accounts;

    ChangeAccountRoles(ToolAccounts accounts) {
        this.accounts = accounts;
    }

    /** Every account, for the administrator {@code actor}. */
    public List<ToolAccount> accounts(String actor) {
        requireAdministrator(actor);
        return accounts.all();
    }

    /** Gives the account {@code accountId} exactly {@code roles}. */
    public void change(String actor, UUID accountId, Set<ToolRole> roles) {
        ToolAccount admin = requireAdministrator(actor);
        ToolAccount account = accounts.all().stream().filter(a -> a.id().equals(accountId)).findFirst()
                .orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        if (account.id().equals(admin.id()) && !roles.contains(ToolRole.CONSORTIUM_ADMIN)) {
            throw new PlumeProblemException("AUTH-OWN-ADMIN-ROLE", 409);
        }
        Set<ToolRole> granted = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        accounts.replaceRoles(accountId, granted);
        log.info("event=account.roles-changed account={} roles={}", account.id(), granted);
    }

    private ToolAccount requireAdministrator(String actor) {
        return accounts.findByUsername(actor)
                .filter(a -> a.enabled() && a.roles().contains(ToolRole.CONSORTIUM_ADMIN))
                .orElseThrow(() -> new PlumeProblemException("AUTH-FORBIDDEN", 403));
    }
}
