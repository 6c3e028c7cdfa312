package fr.plume.tool.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.application.ManageApiTokens;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.shared.web.DateDisplay;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.StoppedClockConfiguration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The admin API takes per-administrator Bearer tokens only: no HTTP Basic, no session cookie,
 * the scope each route needs, expiry and revocation; the secret is stored hashed and shown once.
 */
@PlumeIntegrationTest
@Import(StoppedClockConfiguration.class)
class ApiTokenTest {

    private static final String PASSWORD = "api token admin password";
    private static final Pattern REVOKE = Pattern.compile("/admin/api-tokens/([0-9a-f-]{36})/revoke");

    @LocalServerPort
    int port;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ManageApiTokens tokens;
    @Autowired
    MovableClock clock;
    @Autowired
    DateDisplay dates;
    @Autowired
    JdbcClient jdbc;

    private String admin;
    private Http http;

    @BeforeEach
    void administrator() {
        clock.reset();
        admin = "api-admin-" + UUID.randomUUID().toString().substring(0, 8);
        ConsortiumAdmins.ensure(accounts, encoder, admin, PASSWORD);
        http = new Http(port);
    }

    @Test
    void answersACallWithoutTokenWithAProblemAndNoBasicChallenge() {
        HttpResponse<String> refused = http.get("/api/v1/admin/frameworks");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"code\":\"AUTH-REQUIRED\"");
        assertThat(refused.headers().allValues("WWW-Authenticate")).singleElement()
                .satisfies(challenge -> assertThat(challenge).startsWith("Bearer ").doesNotContainIgnoringCase("basic"));
    }

    @Test
    void refusesBasicCredentialsEvenOfAnAdministrator() {
        String basic = Base64.getEncoder().encodeToString((admin + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> api = http.get("/api/v1/admin/frameworks", "Authorization", "Basic " + basic);
        HttpResponse<String> page = http.get("/admin/frameworks", "Authorization", "Basic " + basic);

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().allValues("WWW-Authenticate")).noneMatch(c -> c.toLowerCase(Locale.ROOT).startsWith("basic"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(page.headers().allValues("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aTokenMayCallTheRoutesOfItsScopesOnlyAndOpensNoSession() {
        String token = ConsortiumAdmins.apiToken(tokens, admin, ApiScope.FRAMEWORKS_READ);
        long sessionsBefore = sessions();

        HttpResponse<String> read = call("GET", "/api/v1/admin/frameworks", token);
        HttpResponse<String> write = call("POST", "/api/v1/admin/frameworks", token);
        HttpResponse<String> otherModule = call("GET", "/api/v1/admin/sync/runs", token);
        HttpResponse<String> unlisted = call("GET", "/api/v1/admin/unknown", token);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).as("stateless").isEmpty();
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(write.body()).contains("\"code\":\"AUTH-FORBIDDEN\"");
        assertThat(otherModule.statusCode()).isEqualTo(403);
        assertThat(unlisted.statusCode()).as("deny by default").isEqualTo(403);
        assertThat(sessions()).as("no session stored").isEqualTo(sessionsBefore);
    }

    @Test
    void aTokenOfAnAccountWithoutTheAdminRoleIsRefused() {
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        ConsortiumAdmins.ensure(accounts, encoder, officer, PASSWORD, Set.of(ToolRole.CERTIFICATION_OFFICER));
        String token = ConsortiumAdmins.apiToken(tokens, officer, ApiScope.FRAMEWORKS_READ);

        assertThat(call("GET", "/api/v1/admin/frameworks", token).statusCode()).isEqualTo(403);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.create(admin, "expires", Set.of(ApiScope.FRAMEWORKS_READ), Duration.ofDays(30)).secret();
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(call("GET", "/api/v1/admin/frameworks", token).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> expired = call("GET", "/api/v1/admin/frameworks", token);

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("\"code\":\"AUTH-TOKEN-INVALID\"");
        assertThat(expired.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThat(call("GET", "/api/v1/admin/frameworks", "plume_" + "A".repeat(43)).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/admin/frameworks", "not-a-plume-token").statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionCookieOfASignedInAdministratorDoesNotOpenTheApi() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(admin, PASSWORD);
        assertThat(browser.get("/admin/frameworks").statusCode()).isEqualTo(200);

        HttpResponse<String> api = browser.get("/api/v1/admin/frameworks");

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("AUTH-REQUIRED");
    }

    @Test
    void thePageCreatesATokenShownOnceListsItsLastUseAndRevokesIt() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(admin, PASSWORD);
        String token = ConsortiumAdmins.apiTokenThroughPage(browser, "Script de sauvegarde", ApiScope.FRAMEWORKS_READ);
        assertThat(call("GET", "/api/v1/admin/frameworks", token).statusCode()).isEqualTo(200);

        String listed = browser.get("/admin/api-tokens").body();

        assertThat(listed).doesNotContain(token).contains("Script de sauvegarde").contains("frameworks:read")
                .contains(dates.format(clock.instant(), Locale.FRENCH)).doesNotContain("jamais utilisé");
        Matcher revoke = REVOKE.matcher(listed);
        assertThat(revoke.find()).isTrue();
        HttpResponse<String> revoked = browser.postForm(revoke.group(),
                Map.of("_csrf", BrowserSession.csrfToken(listed)));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(browser.follow(revoked).body()).contains("Jeton révoqué").contains("révoqué");

        HttpResponse<String> refused = call("GET", "/api/v1/admin/frameworks", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("AUTH-TOKEN-INVALID");
    }

    @Test
    void theSecretIsStoredOnlyAsItsSha256() throws Exception {
        String token = ConsortiumAdmins.apiToken(tokens, admin, ApiScope.SYNC_READ);

        String row = jdbc.sql("""
                SELECT row_to_json(t)::text FROM api_token t JOIN tool_account a ON a.id = t.account_id
                WHERE a.username = :admin""").param("admin", admin).query(String.class).single();
        byte[] stored = jdbc.sql("""
                SELECT t.secret_hash FROM api_token t JOIN tool_account a ON a.id = t.account_id
                WHERE a.username = :admin""").param("admin", admin).query(byte[].class).single();

        assertThat(token).startsWith("plume_").hasSize(6 + 43);
        assertThat(row).doesNotContain(token).doesNotContain(token.substring(6));
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAdministratorCannotRevokeAnotherAdministratorsToken() {
        String token = ConsortiumAdmins.apiToken(tokens, admin, ApiScope.FRAMEWORKS_READ);
        UUID tokenId = tokens.of(admin).get(0).id();
        String other = "other-admin-" + UUID.randomUUID().toString().substring(0, 8);
        ConsortiumAdmins.ensure(accounts, encoder, other, PASSWORD);
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(other, PASSWORD);
        String page = browser.get("/admin/api-tokens").body();

        HttpResponse<String> attempt = browser.postForm("/admin/api-tokens/" + tokenId + "/revoke",
                Map.of("_csrf", BrowserSession.csrfToken(page)));

        assertThat(attempt.statusCode()).isEqualTo(404);
        assertThat(page).doesNotContain(tokenId.toString());
        assertThat(call("GET", "/api/v1/admin/frameworks", token).statusCode()).isEqualTo(200);
    }

    @Test
    void theTokenFormRefusesAPostWithoutItsCsrfToken() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(admin, PASSWORD);

        HttpResponse<String> forged = browser.postForm("/admin/api-tokens",
                Map.of("name", "forged", "scopes", "frameworks:write", "validity", "NONE"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(tokens.of(admin)).isEmpty();
    }

    @Test
    void theTokenFormSaysWhatIsMissing() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(admin, PASSWORD);
        String csrf = BrowserSession.csrfToken(browser.get("/admin/api-tokens").body());

        HttpResponse<String> noScope = browser.postForm("/admin/api-tokens",
                Map.of("_csrf", csrf, "name", "sans droit", "validity", "P30D"));

        assertThat(noScope.statusCode()).isEqualTo(400);
        assertThat(noScope.body()).contains("role=\"alert\"").contains("cochez au moins un droit");
        assertThat(tokens.of(admin)).isEmpty();
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }

    private HttpResponse<String> call(String method, String path, String token) {
        return http.send(ConsortiumAdmins.bearer(HttpRequest.newBuilder(http.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "application/json"), token).build());
    }
}
