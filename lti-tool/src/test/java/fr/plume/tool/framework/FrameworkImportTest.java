package fr.plume.tool.framework;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.framework.model.Framework;
import fr.plume.tool.framework.infra.JdbcFrameworkVersions;
import fr.plume.tool.identity.application.ManageApiTokens;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Multipart;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.TestFrameworks;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import fr.plume.tool.identity.infra.JdbcToolAccounts;

@PlumeIntegrationTest
class FrameworkImportTest {

    private static final String ADMIN = "framework-admin";
    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    JdbcFrameworkVersions versions;

    @Autowired
    JdbcToolAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ManageApiTokens tokens;

    private String token;

    @BeforeEach
    void administrator() {
        ConsortiumAdmins.ensure(accounts, encoder, ADMIN, PASSWORD);
        token = ConsortiumAdmins.apiToken(tokens, ADMIN, ApiScope.FRAMEWORKS_READ, ApiScope.FRAMEWORKS_WRITE);
    }

    @ParameterizedTest
    @EnumSource(FrameworkFormat.class)
    void importsEachFormatThroughTheApiAndExportsItBack(FrameworkFormat format) {
        Framework framework = TestFrameworks.twoDomains("1.0.0");
        byte[] file = FrameworkFormats.write(format, framework);

        HttpResponse<String> created = upload("referentiel" + format.fileExtension(), file);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"created\":true").contains("\"competencyCount\":4");
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> exported = api(HttpRequest.newBuilder(new BrowserSession(port).uri(location)).GET());
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.body()).contains(framework.idnumber().toString());
    }

    @Test
    void recognisesTheSameVersionImportedTwice() {
        byte[] file = FrameworkFormats.write(FrameworkFormat.CASE_JSON, TestFrameworks.twoDomains("2.0.0"));
        upload("v2.json", file);
        long before = versions.count();

        HttpResponse<String> again = upload("v2.json", file);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":false");
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void refusesABrokenFileWithEveryProblemAndStoresNothing() {
        byte[] broken = TestFrameworks.moodleCsvWithTwoFaults();
        long before = versions.count();

        HttpResponse<String> refused = upload("casse.csv", broken);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"code\":\"FW-IMPORT-INVALID\"").contains("\"location\"");
        assertThat(refused.body().split("\"location\"").length - 1).isGreaterThanOrEqualTo(2);
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownFormatClearly() {
        HttpResponse<String> refused = upload("notes.txt", "bonjour".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("FW-FORMAT-UNKNOWN");
    }

    @Test
    void adminPageImportsAFileAndShowsTheFramework() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(ADMIN, PASSWORD);
        String token = BrowserSession.csrfToken(browser.get("/admin/frameworks").body());
        Framework framework = TestFrameworks.twoDomains("1.0.0");

        HttpResponse<String> posted = browser.postMultipart("/admin/frameworks", new Multipart()
                .field("_csrf", token)
                .file("file", "referentiel.xlsx", FrameworkFormats.write(FrameworkFormat.XLSX, framework)));

        assertThat(posted.statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.get(posted.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("Référentiel d’essai").contains("Niveau 6 de la compétence 2.2");
    }

    @Test
    void adminPageListsEveryProblemOfARefusedFile() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(ADMIN, PASSWORD);
        String token = BrowserSession.csrfToken(browser.get("/admin/frameworks").body());

        HttpResponse<String> page = browser.postMultipart("/admin/frameworks", new Multipart()
                .field("_csrf", token)
                .file("file", "tronque.json", "{\"CFDocument\": {\"identifier\": ".getBytes(StandardCharsets.UTF_8)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("role=\"alert\"").contains("Rien n’a été importé");
    }

    @Test
    void adminPageShowsTheSummaryFirstThenOnlyTheFirstProblemsOfAFileWithThousands() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(ADMIN, PASSWORD);
        String token = BrowserSession.csrfToken(browser.get("/admin/frameworks").body());
        StringBuilder csv = new StringBuilder("a,b,c,d,e,f,g,h,i,j,k,l,m,n\n,FW,Essai,,1,,,,,,,,1,\n");
        for (int row = 0; row < 2_000; row++) {
            csv.append(",c").append(row).append(",Compétence,,1,,,,0,null,,,,\n");
        }

        HttpResponse<String> page = browser.postMultipart("/admin/frameworks", new Multipart()
                .field("_csrf", token)
                .file("file", "enorme.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));

        String body = page.body();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(body).contains("Les 200 premiers problèmes sont listés ci-dessous", "Problèmes par code",
                "<code>FW-INVALID-UUID</code>");
        assertThat(body.indexOf("Problèmes par code")).isLessThan(body.indexOf("<table"));
        assertThat(body.indexOf("Les 200 premiers problèmes")).isLessThan(body.indexOf("<table"));
        String table = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        assertThat(table.split("<tr>").length - 1).isEqualTo(200);
        assertThat(table.substring(0, table.indexOf("</tr>"))).contains("pas un référentiel Plume");
    }

    @Test
    void answersAMalformedVersionIdWithA400PageAndAnUnknownAddressWithA404Page() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(ADMIN, PASSWORD);

        HttpResponse<String> malformed = browser.get("/admin/frameworks/pas-un-identifiant");
        HttpResponse<String> unknown = browser.get("/admin/page-inexistante");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("PLUME-BAD-REQUEST").contains("<html lang=\"fr\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("PLUME-NOT-FOUND").doesNotContain("Exception");
    }

    private HttpResponse<String> upload(String fileName, byte[] content) {
        Multipart multipart = new Multipart().file("file", fileName, content);
        return api(HttpRequest.newBuilder(new BrowserSession(port).uri("/api/v1/admin/frameworks"))
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
    }

    private HttpResponse<String> api(HttpRequest.Builder request) {
        return new fr.plume.tool.support.Http(port).send(ConsortiumAdmins.bearer(request, token).build());
    }
}
