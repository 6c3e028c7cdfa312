package fr.plume.tool.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** API tokens, kept by a hash of their secret; every listing and change is limited to one account. */
public interface ApiTokens {

    /** A token found by its secret, with what its account is now (roles, enabled). */
    record Holder(ApiToken token, String username, Set<ToolRole> roles, boolean enabled) {
    }

    void insert(ApiToken token, byte[] secretHash);

    Optional<Holder> findBySecretHash(byte[] secretHash);

    List<ApiToken> ofAccount(UUID accountId);

    /** Revokes the account's token; false when the account has no such active token. */
    boolean revoke(UUID accountId, UUID tokenId, Instant now);

    /** Notes a use, at most once a minute per token, so a busy script does not write on every call. */
    void touch(UUID tokenId, Instant now);
}
