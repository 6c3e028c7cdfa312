package fr.plume.tool.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the identity module holds about a tool account (staff: administrators, authors,
 * officers), for the privacy module's access requests (docs/privacy.md). Never the password hash
 * nor a token's secret.
 */
public interface AccountRecords {

    record Account(UUID id, String username, String displayName, UUID memberId, List<String> roles, boolean enabled,
            Instant createdAt, List<ApiToken> apiTokens) {
    }

    record ApiToken(String name, List<String> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt) {
    }

    Optional<Account> find(UUID accountId);

    /**
     * Accounts whose username or display name contains {@code text} (case-insensitive), of one
     * member or of any (also accounts of no member) when {@code memberId} is null; at most {@code limit}.
     */
    List<Account> search(UUID memberId, String text, int limit);
}
