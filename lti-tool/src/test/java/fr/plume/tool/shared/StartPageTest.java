package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlumeIntegrationTest
class StartPageTest {

    @LocalServerPort
    int port;

    @Test
    void explainsPlumeInFrenchByDefault() {
        HttpResponse<String> page = new Http(port).get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"")
                .contains("évaluer et certifier l’écrit en français")
                .contains("<main id=\"contenu\">");
    }

    @Test
    void speaksEnglishWhenAskedByParameter() {
        HttpResponse<String> page = new Http(port).get("/?lang=en");

        assertThat(page.body()).contains("<html lang=\"en\"").contains("assessing and certifying written French");
    }

    @Test
    void speaksEnglishWhenTheBrowserPrefersIt() {
        HttpResponse<String> page = new Http(port).get("/", "Accept-Language", "en-GB,en;q=0.9,fr;q=0.5");

        assertThat(page.body()).contains("<html lang=\"en\"");
    }

    @Test
    void fallsBackToFrenchForAnUnsupportedBrowserLanguage() {
        HttpResponse<String> page = new Http(port).get("/", "Accept-Language", "de-DE");

        assertThat(page.body()).contains("<html lang=\"fr\"");
    }

    @Test
    void healthShowsTheDatabase() {
        HttpResponse<String> health = new Http(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"");
    }

    @Test
    void deniesAdminPagesToAnonymousVisitors() {
        HttpResponse<String> admin = new Http(port).get("/admin/frameworks");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void answersApiCallsWithoutCredentialsWithProblemJson() {
        HttpResponse<String> api = new Http(port).get("/api/v1/admin/frameworks");

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"code\":\"AUTH-REQUIRED\"");
    }
}
