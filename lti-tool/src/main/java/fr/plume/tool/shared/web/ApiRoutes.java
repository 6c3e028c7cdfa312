package fr.plume.tool.shared.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import fr.plume.tool.shared.domain.ApiScope;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The scope each API route needs (DESIGN §10). Calls are made by a consortium administrator's
 * token, so every rule also needs that role (a token stops working when its account loses it).
 * A route not listed here is refused: give each new API route its scope.
 */
final class ApiRoutes {

    private static final String ADMIN = "/api/v1/admin";

    private ApiRoutes() {
    }

    static void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(GET, ADMIN + "/frameworks", ADMIN + "/frameworks/*").access(scope(ApiScope.FRAMEWORKS_READ))
                .requestMatchers(POST, ADMIN + "/frameworks").access(scope(ApiScope.FRAMEWORKS_WRITE))
                .requestMatchers(GET, ADMIN + "/registrations", ADMIN + "/registrations/*", ADMIN + "/tool-keys")
                .access(scope(ApiScope.REGISTRATIONS_READ))
                .requestMatchers(POST, ADMIN + "/registrations", ADMIN + "/tool-keys/rotate", "/api/v1/demo/platforms")
                .access(scope(ApiScope.REGISTRATIONS_WRITE))
                .requestMatchers(PUT, ADMIN + "/registrations/*/status").access(scope(ApiScope.REGISTRATIONS_WRITE))
                .requestMatchers(GET, ADMIN + "/sync/runs", ADMIN + "/sync/members/*/runs/*")
                .access(scope(ApiScope.SYNC_READ))
                .requestMatchers(POST, ADMIN + "/sync/members/*/schedules/*/runs").access(scope(ApiScope.SYNC_RUN))
                .anyRequest().denyAll();
    }

    private static AuthorizationManager<RequestAuthorizationContext> scope(ApiScope scope) {
        return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole("CONSORTIUM_ADMIN"),
                AuthorityAuthorizationManager.hasAuthority(scope.authority()));
    }
}
