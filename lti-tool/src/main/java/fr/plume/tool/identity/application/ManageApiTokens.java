package fr.plume.tool.identity.application;

import fr.plume.tool.identity.domain.ApiToken;
import fr.plume.tool.identity.domain.ApiTokenSecret;
import fr.plume.tool.identity.domain.ApiTokens;
import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolAccounts;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An administrator's own API tokens: create (the secret is returned this once), list, revoke.
 * Nobody sees or revokes another administrator's tokens.
 */
@Service
public class ManageApiTokens {

    /** A token just created, with the secret to show once. */
    public record Created(ApiToken token, String secret) {
    }

    private static final Logger log = LoggerFactory.getLogger(ManageApiTokens.class);
    private static final int MAX_NAME = 100;

    private final ApiTokens tokens;
    private final ToolAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ManageApiTokens(ApiTokens tokens, ToolAccounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates a token for {@code username}; {@code validity} null means it does not expire. */
    public Created create(String username, String name, Set<ApiScope> scopes, Duration validity) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new PlumeProblemException("AUTH-TOKEN-NAME", 400);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new PlumeProblemException("AUTH-TOKEN-SCOPES", 400);
        }
        ToolAccount account = account(username);
        // PostgreSQL keeps microseconds: the token returned is the one stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String secret = ApiTokenSecret.generate(random);
        ApiToken token = new ApiToken(UUID.randomUUID(), account.id(), trimmed, scopes, now,
                validity == null ? null : now.plus(validity), null, null);
        tokens.insert(token, ApiTokenSecret.hash(secret));
        log.info("event=api-token.created token={} account={} scopes={}", token.id(), account.username(),
                scopes.stream().map(ApiScope::value).sorted().toList());
        return new Created(token, secret);
    }

    public List<ApiToken> of(String username) {
        return tokens.ofAccount(account(username).id());
    }

    /** Revokes one of {@code username}'s own tokens; false when there is no such active token. */
    public boolean revoke(String username, UUID tokenId) {
        boolean revoked = tokens.revoke(account(username).id(), tokenId, clock.instant());
        if (revoked) {
            log.info("event=api-token.revoked token={} account={}", tokenId, username);
        }
        return revoked;
    }

    private ToolAccount account(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new PlumeProblemException("AUTH-FORBIDDEN", 403));
    }
}
