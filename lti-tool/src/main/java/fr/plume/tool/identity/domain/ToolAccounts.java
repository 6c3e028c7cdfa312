package fr.plume.tool.identity.domain;

import java.util.Optional;

/** The tool's own accounts (consortium administrators, authors), found by their username. */
public interface ToolAccounts {

    Optional<ToolAccount> findByUsername(String username);

    boolean anyWithRole(ToolRole role);

    /** Adds the account; an account of that username already there is left as it is. */
    void insert(ToolAccount account);
}
