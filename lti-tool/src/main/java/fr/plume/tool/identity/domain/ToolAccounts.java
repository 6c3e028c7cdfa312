package fr.plume.tool.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The tool's own accounts (consortium administrators, authors), found by their username. */
public interface ToolAccounts {

    Optional<ToolAccount> findByUsername(String username);

    boolean anyWithRole(ToolRole role);

    /** Adds the account; an account of that username already there is left as it is. */
    void insert(ToolAccount account);

    /** Every account, by username. */
    List<ToolAccount> all();

    /** Gives the account exactly these roles; false when there is no such account. */
    boolean replaceRoles(UUID accountId, Set<ToolRole> roles);
}
