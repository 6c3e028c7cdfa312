package fr.plume.tool.support;

import fr.plume.tool.identity.application.ManageApiTokens;
import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.shared.domain.ApiScope;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Consortium administrators for tests that sign in to admin pages or call admin APIs. */
public final class ConsortiumAdmins {

    private static final Pattern SECRET = Pattern.compile("plume_[A-Za-z0-9_-]{43}");

    private ConsortiumAdmins() {
    }

    /** Creates the administrator {@code username} unless the shared test database has it already. */
    public static void ensure(JdbcToolAccounts accounts, PasswordEncoder encoder, String username, String password) {
        ensure(accounts, encoder, username, password, Set.of(ToolRole.CONSORTIUM_ADMIN));
    }

    /** Creates the account {@code username} with these roles unless the shared test database has it already. */
    public static void ensure(JdbcToolAccounts accounts, PasswordEncoder encoder, String username, String password,
            Set<ToolRole> roles) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.insert(new ToolAccount(UUID.randomUUID(), username, encoder.encode(password), username, null,
                    roles, true));
        }
    }

    /**
     * A new API token of the administrator {@code username} with these scopes, that does not
     * expire: the secret to send as {@code Authorization: Bearer}.
     */
    public static String apiToken(ManageApiTokens tokens, String username, ApiScope... scopes) {
        return tokens.create(username, "tests", EnumSet.copyOf(List.of(scopes)), null).secret();
    }

    /**
     * Creates an API token through the {@code /admin/api-tokens} page, as an administrator signed
     * in {@code browser} does, and reads its secret from the answer (the only time it is shown).
     */
    public static String apiTokenThroughPage(BrowserSession browser, String name, ApiScope... scopes) {
        String csrf = BrowserSession.csrfToken(browser.get("/admin/api-tokens").body());
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("_csrf", csrf),
                Map.entry("name", name), Map.entry("validity", "P30D")));
        for (ApiScope scope : scopes) {
            form.add(Map.entry("scopes", scope.value()));
        }
        HttpResponse<String> created = browser.postForm("/admin/api-tokens", form);
        Matcher secret = SECRET.matcher(created.body());
        if (created.statusCode() != 200 || !secret.find()) {
            throw new IllegalStateException("no token created: " + created.statusCode());
        }
        return secret.group();
    }

    /** The request with the token in its {@code Authorization} header. */
    public static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
