package fr.plume.tool.identity.domain;

import fr.plume.tool.shared.domain.ApiScope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An administrator's API token as listed: never its secret, which only exists when it is created. */
public record ApiToken(UUID id, UUID accountId, String name, Set<ApiScope> scopes, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? Status.EXPIRED : Status.ACTIVE;
    }
}
