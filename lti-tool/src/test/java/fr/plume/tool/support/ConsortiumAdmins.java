package fr.plume.tool.support;

import fr.plume.tool.identity.api.Members;
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
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Consortium administrators for tests that sign in to admin pages or call admin APIs. */
public final class ConsortiumAdmins {

    private static final Pattern SECRET = Pattern.compile("plume_[A-Za-z0-9_-]{43}");

    private ConsortiumAdmins() {
    }

    /**
     * The account {@code username}, created (unless the shared test database has it) before each
     * test of the {@code @PlumeIntegrationTest} that registers it as an instance
     * {@code @RegisterExtension} field.
     */
    public static Account account(String username, String password) {
        return account(username, password, Set.of(ToolRole.CONSORTIUM_ADMIN));
    }

    /** As {@link #account(String, String)}, with these roles. */
    public static Account account(String username, String password, Set<ToolRole> roles) {
        return new Account(username, password, roles, null);
    }

    /** An administrator of the member {@code memberCode} only (role MEMBER_ADMIN), the member ensured too. */
    public static Account memberAdmin(String username, String password, String memberCode) {
        return new Account(username, password, Set.of(ToolRole.MEMBER_ADMIN), memberCode);
    }

    /** Creates the administrator {@code username} unless the shared test database has it already. */
    public static void ensure(JdbcToolAccounts accounts, PasswordEncoder encoder, String username, String password) {
        ensure(accounts, encoder, username, password, Set.of(ToolRole.CONSORTIUM_ADMIN));
    }

    /** Creates the account {@code username} with these roles unless the shared test database has it already. */
    public static void ensure(JdbcToolAccounts accounts, PasswordEncoder encoder, String username, String password,
            Set<ToolRole> roles) {
        ensure(accounts, encoder, username, password, roles, null);
    }

    /** As above, the account belonging to {@code memberId} (null: to no member). */
    public static void ensure(JdbcToolAccounts accounts, PasswordEncoder encoder, String username, String password,
            Set<ToolRole> roles, UUID memberId) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.insert(new ToolAccount(UUID.randomUUID(), username, encoder.encode(password), username, memberId,
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

    /** An account of the tool under test, ensured before each test; see {@link #account}. */
    public static final class Account implements BeforeEachCallback {

        private final String username;
        private final String password;
        private final Set<ToolRole> roles;
        private final String memberCode;
        private int port;
        private ManageApiTokens tokens;

        private Account(String username, String password, Set<ToolRole> roles, String memberCode) {
            this.username = username;
            this.password = password;
            this.roles = roles;
            this.memberCode = memberCode;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            ApplicationContext tool = SpringExtension.getApplicationContext(context);
            UUID memberId = memberCode == null ? null
                    : tool.getBean(Members.class).ensure(memberCode, "Université " + memberCode).id();
            ensure(tool.getBean(JdbcToolAccounts.class), tool.getBean(PasswordEncoder.class), username, password, roles,
                    memberId);
            port = tool.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            tokens = tool.getBean(ManageApiTokens.class);
        }

        public String username() {
            return username;
        }

        /** A new browser session of this account, signed in. */
        public BrowserSession signedIn() {
            BrowserSession browser = new BrowserSession(port);
            browser.signIn(username, password);
            return browser;
        }

        /** A new API token of this account with these scopes, that does not expire. */
        public String apiToken(ApiScope... scopes) {
            return ConsortiumAdmins.apiToken(tokens, username, scopes);
        }
    }
}
