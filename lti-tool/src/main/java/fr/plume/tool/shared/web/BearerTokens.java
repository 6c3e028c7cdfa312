package fr.plume.tool.shared.web;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Checks the bearer tokens of API calls (RFC 6750); the identity module keeps the tokens.
 */
public interface BearerTokens {

    /** Who calls with this token and what it may do; empty when the token is unknown, expired or revoked. */
    Optional<Authentication> authenticate(String token);
}
