package fr.plume.tool.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may do. Each route under {@code /api/v1} needs one of these scopes
 * (shared.web.ApiRoutes); a token carries the scopes its administrator chose when creating it.
 */
public enum ApiScope {
    FRAMEWORKS_READ("frameworks:read"),
    FRAMEWORKS_WRITE("frameworks:write"),
    REGISTRATIONS_READ("registrations:read"),
    REGISTRATIONS_WRITE("registrations:write"),
    SYNC_READ("sync:read"),
    SYNC_RUN("sync:run");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as written in tokens and documentation, e.g. {@code frameworks:write}. */
    public String value() {
        return value;
    }

    /** The Spring Security authority a token with this scope is granted. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
