package fr.plume.tool.demo.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Access tokens of the token endpoint, and client assertion ids already seen. */
public interface AccessTokens {

    /** A new random token granting {@code scopes} to the client until {@code expiresAt}. */
    String issue(String clientId, List<String> scopes, Instant expiresAt);

    /** The grant of a token still valid at {@code now}. */
    Optional<AccessGrant> find(String token, Instant now);

    /** False when this jti was already used: a replayed client assertion. */
    boolean firstUseOf(String jti, Instant expiresAt, Instant now);
}
