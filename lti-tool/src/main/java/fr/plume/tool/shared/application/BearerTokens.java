package fr.plume.tool.shared.application;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Checks the bearer tokens of API calls (RFC 6750): the use case the web filter calls; the identity
 * module keeps the tokens and implements it.
 */
public interface BearerTokens {

    /** Who calls with this token and what it may do; empty when the token is unknown, expired or revoked. */
    Optional<Authentication> authenticate(String token);
}
