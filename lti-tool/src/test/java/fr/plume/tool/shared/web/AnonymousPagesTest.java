package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What anonymous visitors cost and receive: no stored session until one is needed, and the
 * browser policies of every page (referrer, powerful features, where forms may post).
 */
@PlumeIntegrationTest
class AnonymousPagesTest {

    private static final List<String> PROTECTED_PAGES = List.of("/app", "/app/attempts/" + UUID.randomUUID(),
            "/class/" + UUID.randomUUID(), "/author", "/admin/frameworks", "/admin/lti/registrations");
    private static final List<String> PUBLIC_PAGES = List.of("/", "/catalogue", "/lti/launch", "/lti/deep-link",
            "/.well-known/jwks.json", "/no-such-page", "/actuator/health", "/verify", "/verify/ABCDEFGHJKMNP0",
            "/verify/ABCDEFGHJKMNP0.json");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectProvider<FrameAncestors> frameAncestors;

    @Test
    void anonymousVisitsOfProtectedPagesStoreNoSession() {
        assertNoSessionStoredBy(PROTECTED_PAGES);
    }

    @Test
    void anonymousVisitsOfPublicPagesStoreNoSession() {
        assertNoSessionStoredBy(PUBLIC_PAGES);
    }

    @Test
    void anonymousFormPostsStoreNoSession() {
        Http http = new Http(port);
        long before = sessions();
        for (String path : List.of("/app/attempts/" + UUID.randomUUID() + "/answer", "/admin/frameworks", "/login")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=stale&text=bonjour")).build());

            assertThat(response.statusCode()).as(path).isIn(401, 403);
            assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + path)
                    .noneMatch(cookie -> cookie.startsWith("PLUME_SESSION="));
        }
        assertThat(sessions()).as("stored sessions").isEqualTo(before);
    }

    /** The language links of every page (?lang=en), on a public page and on a protected one's relaunch page. */
    @Test
    void anonymousVisitorsChoosingALanguageStoreNoSessionAndKeepTheirChoice() {
        long before = sessions();
        for (String path : List.of("/", "/app")) {
            BrowserSession visitor = new BrowserSession(port);

            HttpResponse<String> chosen = visitor.get(path + "?lang=en");
            HttpResponse<String> next = visitor.get(path);

            assertThat(chosen.headers().allValues("Set-Cookie")).as("cookies set by " + path + "?lang=en")
                    .noneMatch(cookie -> cookie.startsWith("PLUME_SESSION="));
            assertThat(chosen.body()).as(path + "?lang=en").contains("<html lang=\"en\"");
            assertThat(next.body()).as(path + " after choosing English").contains("<html lang=\"en\"");
        }
        assertThat(sessions()).as("stored sessions").isEqualTo(before);
    }

    @Test
    void pagesLimitTheReferrerAndDenyPowerfulFeatures() {
        Http http = new Http(port);
        for (String path : List.of("/", "/app", "/admin/frameworks", "/no-such-page")) {
            HttpResponse<String> page = http.get(path);

            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"));
        }
    }

    @Test
    void formsMayPostOnlyToTheToolAndTheRegisteredPlatforms() {
        String csp = new Http(port).get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

        String formAction = directive(csp, "form-action");
        assertThat(formAction).startsWith("'self'").doesNotContain("*");
        assertThat(formAction).as("the same origins as frame-ancestors")
                .isEqualTo(directive(csp, "frame-ancestors"));
        List<String> registered = frameAncestors.orderedStream().flatMap(p -> p.origins().stream()).toList();
        assertThat(List.of(formAction.split(" "))).containsAll(registered);
    }

    private void assertNoSessionStoredBy(List<String> paths) {
        Http http = new Http(port);
        long before = sessions();
        for (String path : paths) {
            HttpResponse<String> response = http.get(path);

            assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + path)
                    .noneMatch(cookie -> cookie.startsWith("PLUME_SESSION="));
        }
        assertThat(sessions()).as("stored sessions").isEqualTo(before);
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }

    private static String directive(String csp, String name) {
        Matcher m = Pattern.compile("(?:^|;\\s*)" + name + " ([^;]*)").matcher(csp);
        assertThat(m.find()).as(name + " in " + csp).isTrue();
        return m.group(1).trim();
    }
}
