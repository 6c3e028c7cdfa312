package fr.plume.tool.identity.api;

import java.util.Optional;
import java.util.UUID;

/** The member a signed-in member administrator (role MEMBER_ADMIN) administers. */
public interface MemberAdministrators {

    /** The account's member when it is an enabled member administrator; empty otherwise. */
    Optional<UUID> memberOf(String username);
}
