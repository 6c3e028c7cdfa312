package fr.plume.tool.identity.domain;

import java.util.Set;
import java.util.UUID;

/** An account that signs in to the tool with a password; the hash is never the password. */
public record ToolAccount(UUID id, String username, String passwordHash, String displayName, UUID memberId,
        Set<ToolRole> roles, boolean enabled) {

    public ToolAccount {
        roles = Set.copyOf(roles);
    }
}
