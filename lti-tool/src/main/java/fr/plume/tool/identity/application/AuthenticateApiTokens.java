package fr.plume.tool.identity.application;

import fr.plume.tool.identity.domain.ApiToken;
import fr.plume.tool.identity.domain.ApiTokenSecret;
import fr.plume.tool.identity.domain.ApiTokens;
import fr.plume.tool.shared.application.BearerTokens;
import fr.plume.tool.shared.domain.ApiScope;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Who an API call's Bearer token stands for: its account, with the account's current roles and
 * the token's scopes. Unknown, expired and revoked tokens, and tokens of disabled accounts, stand
 * for nobody.
 */
@Service
class AuthenticateApiTokens implements BearerTokens {

    private static final int MAX_LENGTH = 200;

    private final ApiTokens tokens;
    private final Clock clock;

    AuthenticateApiTokens(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiTokenSecret.PREFIX) || secret.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return tokens.findBySecretHash(ApiTokenSecret.hash(secret))
                .filter(holder -> holder.enabled() && holder.token().status(now) == ApiToken.Status.ACTIVE)
                .map(holder -> {
                    tokens.touch(holder.token().id(), now);
                    return caller(holder);
                });
    }

    private static Authentication caller(ApiTokens.Holder holder) {
        List<GrantedAuthority> authorities = Stream.concat(
                        holder.roles().stream().map(role -> "ROLE_" + role.name()),
                        holder.token().scopes().stream().map(ApiScope::authority))
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(holder.username(), null, authorities);
    }
}
