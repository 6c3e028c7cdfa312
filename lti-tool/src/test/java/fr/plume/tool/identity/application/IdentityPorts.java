package fr.plume.tool.identity.application;

import fr.plume.tool.identity.domain.ApiToken;
import fr.plume.tool.identity.domain.ApiTokens;
import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolAccounts;
import fr.plume.tool.identity.domain.ToolRole;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory stand-ins of the identity ports, for the use cases' unit tests; the SQL is tested on PostgreSQL. */
final class IdentityPorts {

    private IdentityPorts() {
    }

    static final class MemoryAccounts implements ToolAccounts {
        final Map<String, ToolAccount> accounts = new LinkedHashMap<>();

        ToolAccount add(String username, ToolRole role, boolean enabled) {
            ToolAccount account = new ToolAccount(UUID.randomUUID(), username, "{noop}x", username, null,
                    Set.of(role), enabled);
            insert(account);
            return account;
        }

        @Override
        public Optional<ToolAccount> findByUsername(String username) {
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public boolean anyWithRole(ToolRole role) {
            return accounts.values().stream().anyMatch(a -> a.roles().contains(role));
        }

        @Override
        public void insert(ToolAccount account) {
            accounts.putIfAbsent(account.username(), account);
        }

        @Override
        public List<ToolAccount> all() {
            return accounts.values().stream().sorted(Comparator.comparing(ToolAccount::username)).toList();
        }

        @Override
        public boolean replaceRoles(UUID accountId, Set<ToolRole> roles) {
            Optional<ToolAccount> found = accounts.values().stream().filter(a -> a.id().equals(accountId)).findFirst();
            found.ifPresent(a -> accounts.put(a.username(), new ToolAccount(a.id(), a.username(), a.passwordHash(),
                    a.displayName(), a.memberId(), roles, a.enabled())));
            return found.isPresent();
        }
    }

    /** Tokens by the hash of their secret; a holder's account is looked up in {@code accounts} when found. */
    static final class MemoryTokens implements ApiTokens {
        final MemoryAccounts accounts;
        final Map<ByteBuffer, ApiToken> bySecretHash = new HashMap<>();

        MemoryTokens(MemoryAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void insert(ApiToken token, byte[] secretHash) {
            bySecretHash.put(ByteBuffer.wrap(secretHash.clone()), token);
        }

        @Override
        public Optional<Holder> findBySecretHash(byte[] secretHash) {
            return Optional.ofNullable(bySecretHash.get(ByteBuffer.wrap(secretHash))).flatMap(token ->
                    accounts.accounts.values().stream().filter(a -> a.id().equals(token.accountId())).findFirst()
                            .map(a -> new Holder(token, a.username(), a.roles(), a.enabled())));
        }

        @Override
        public List<ApiToken> ofAccount(UUID accountId) {
            return bySecretHash.values().stream().filter(t -> t.accountId().equals(accountId))
                    .sorted(Comparator.comparing(ApiToken::createdAt).reversed()).toList();
        }

        @Override
        public boolean revoke(UUID accountId, UUID tokenId, Instant now) {
            for (Map.Entry<ByteBuffer, ApiToken> e : bySecretHash.entrySet()) {
                ApiToken t = e.getValue();
                if (t.id().equals(tokenId) && t.accountId().equals(accountId) && t.revokedAt() == null) {
                    e.setValue(new ApiToken(t.id(), t.accountId(), t.name(), t.scopes(), t.createdAt(), t.expiresAt(),
                            t.lastUsedAt(), now));
                    return true;
                }
            }
            return false;
        }

        @Override
        public void touch(UUID tokenId, Instant now) {
            bySecretHash.replaceAll((hash, t) -> t.id().equals(tokenId) ? new ApiToken(t.id(), t.accountId(),
                    t.name(), t.scopes(), t.createdAt(), t.expiresAt(), now, t.revokedAt()) : t);
        }
    }
}
