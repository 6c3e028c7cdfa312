package fr.plume.tool.itembank.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.Multipart;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The authoring pages over real launches: authors (ContentDeveloper) write, import, submit and
 * review; students, teachers and an author reviewing their own version are refused; the public
 * catalogue and the Deep Linking picker show what was published.
 */
@PlumeIntegrationTest
class AuthoringRoutesTest {

    static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static TestPlatform platform;

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    ItemVersions versions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void start() {
        platform = new TestPlatform("https://moodle.authoring.test", "authoring-client", "1");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private LaunchFlow.Session launch(String sub, String role) {
        platform.register(registrations, members, "authoring-univ");
        LaunchFlow flow = new LaunchFlow(new Http(port), platform);
        return flow.session(flow.launchResourceLink(sub + "-" + UUID.randomUUID(), List.of(LIS + role),
                Map.of("id", "course-7", "title", "Rédaction"), Map.of("id", "link-7", "title", "Plume"), Map.of(),
                Map.of()).cookie());
    }

    private static Map<String, List<String>> itemFields(String stem) {
        return Map.ofEntries(Map.entry("type", List.of("SINGLE_CHOICE")), Map.entry("competency", List.of("1.1")),
                Map.entry("level", List.of("2")), Map.entry("stemFr", List.of(stem)),
                Map.entry("answer", List.of("{\"options\": [\"allées\", \"allé\", \"allés\"], \"correct\": 0}")),
                Map.entry("feedbackFr", List.of("Avec être, on accorde.")),
                Map.entry("explanationFr", List.of("Accord avec le sujet.")),
                Map.entry("screenReader", List.of("true")), Map.entry("colourBlindSafe", List.of("true")));
    }

    private UUID createdItem(LaunchFlow.Session author, String stem) {
        String page = author.get("/author/items/new").body();
        HttpResponse<String> saved = author.post("/author/items", page, itemFields(stem));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void studentsAndTeachersAreRefusedEveryAuthoringPage() {
        for (String role : List.of("Learner", "Instructor")) {
            LaunchFlow.Session someone = launch("not-author", role);
            for (String path : List.of("/author/items", "/author/items/new", "/author/import", "/author/modules",
                    "/author/modules/new")) {
                HttpResponse<String> page = someone.get(path);
                assertThat(page.statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(page.body()).contains("ITEMBANK-NOT-AUTHOR");
            }
            String anyPage = someone.get("/app").body();
            HttpResponse<String> post = someone.post("/author/items", anyPage, itemFields("Refusé"));
            assertThat(post.statusCode()).as(role + " saving").isEqualTo(403);
        }
    }

    @Test
    void aConsortiumAdminWithoutTheAuthorRoleIsRefusedAndAnAuthorAccountIsServed() {
        ConsortiumAdmins.ensure(accounts, encoder, "authoring-admin", "authoring admin password");
        ConsortiumAdmins.ensure(accounts, encoder, "authoring-author", "authoring author password",
                Set.of(ToolRole.AUTHOR));
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("authoring-admin", "authoring admin password");
        BrowserSession author = new BrowserSession(port);
        author.signIn("authoring-author", "authoring author password");

        HttpResponse<String> refused = admin.get("/author/items");
        HttpResponse<String> served = author.get("/author/items");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("ITEMBANK-NOT-AUTHOR");
        assertThat(served.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutASessionAuthoringAsksToRelaunch() {
        HttpResponse<String> page = new Http(port).get("/author/items");

        assertThat(page.statusCode()).isIn(401, 302);
    }

    @Test
    void anAuthorPreviewsWithTheStudentsRenderersAndSavesADraft() {
        LaunchFlow.Session author = launch("author", "ContentDeveloper");
        String page = author.get("/author/items/new").body();

        HttpResponse<String> preview = author.post("/author/items/preview", page, itemFields("Elles sont ___ ."));
        UUID id = createdItem(author, "Elles sont ___ au marché.");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("data-item-type=\"SINGLE_CHOICE\"").contains("name=\"choice\"");
        assertThat(versions.latest(id).orElseThrow().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(author.get("/author/items/" + id).body()).contains("Elles sont ___ au marché.");
    }

    @Test
    void theAuthorCannotPublishTheirOwnItemAndSomeoneElseCan() {
        LaunchFlow.Session author = launch("author", "ContentDeveloper");
        UUID id = createdItem(author, "Relu par une autre personne.");
        String itemPage = author.get("/author/items/" + id).body();
        assertThat(author.post("/author/items/" + id + "/versions/1/submit", itemPage, Map.of()).statusCode())
                .isEqualTo(302);

        HttpResponse<String> own = author.post("/author/items/" + id + "/versions/1/publish",
                author.get("/author/items/" + id).body(), Map.of());
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("ITEMBANK-OWN-REVIEW");
        assertThat(versions.find(id, 1).orElseThrow().status()).isEqualTo(ItemStatus.IN_REVIEW);

        LaunchFlow.Session reviewer = launch("reviewer", "ContentDeveloper");
        HttpResponse<String> published = reviewer.post("/author/items/" + id + "/versions/1/publish",
                reviewer.get("/author/items/" + id).body(), Map.of());
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(versions.find(id, 1).orElseThrow().status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void anExecutableRenamedPngIsRefusedAndNothingIsStored() {
        LaunchFlow.Session author = launch("author", "ContentDeveloper");
        String page = author.get("/author/modules").body();
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        int before = jdbc.sql("SELECT count(*) FROM itembank_file").query(Integer.class).single();

        HttpResponse<String> upload = multipart(author, "/author/files", new Multipart()
                .field("_csrf", BrowserSession.csrfToken(page)).file("file", "photo.png", executable));

        assertThat(upload.statusCode()).isEqualTo(415);
        assertThat(upload.body()).contains("ITEMBANK-FILE-TYPE");
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_file").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void anImportShowsRowErrorsAndAnExternalEntityIsRefusedWithAClearMessage() throws IOException {
        LaunchFlow.Session author = launch("author", "ContentDeveloper");
        String page = author.get("/author/import").body();

        HttpResponse<String> preview = multipart(author, "/author/import", new Multipart()
                .field("_csrf", BrowserSession.csrfToken(page)).field("competency", "1.1").field("level", "2")
                .file("file", "accords.gift", resource("accords.gift")));
        HttpResponse<String> xxe = multipart(author, "/author/import", new Multipart()
                .field("_csrf", BrowserSession.csrfToken(page)).field("competency", "1.1").field("level", "2")
                .file("file", "quiz.xml", resource("xxe.xml")));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Rédaction").contains("class=\"error\"")
                .doesNotContain("/author/import/confirm");
        assertThat(xxe.statusCode()).isEqualTo(422);
        assertThat(xxe.body()).contains("ITEMBANK-IMPORT-UNREADABLE").doesNotContain("root:");
    }

    @Test
    void aPublishedModuleIsInThePublicCatalogue() {
        LaunchFlow.Session author = launch("author", "ContentDeveloper");
        LaunchFlow.Session reviewer = launch("reviewer", "ContentDeveloper");
        UUID item = createdItem(author, "Pour le module public.");
        author.post("/author/items/" + item + "/versions/1/submit", author.get("/author/items/" + item).body(), Map.of());
        reviewer.post("/author/items/" + item + "/versions/1/publish", reviewer.get("/author/items/" + item).body(),
                Map.of());
        String title = "Module public " + UUID.randomUUID();
        HttpResponse<String> saved = author.post("/author/modules", author.get("/author/modules/new").body(), Map.of(
                "titleFr", List.of(title), "objectives", List.of("1.1: accorder le participe"),
                "estimatedMinutes", List.of("15"), "entries", List.of("item: " + item)));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        String module = location.substring(location.lastIndexOf('/') + 1);
        author.post("/author/modules/" + module + "/versions/1/submit", author.get("/author/modules/" + module).body(),
                Map.of());
        assertThat(new Http(port).get("/catalogue").body()).doesNotContain(title);

        reviewer.post("/author/modules/" + module + "/versions/1/publish",
                reviewer.get("/author/modules/" + module).body(), Map.of());

        String catalogue = new Http(port).get("/catalogue").body();
        assertThat(catalogue).contains(title).contains("CC-BY-SA-4.0");
    }

    private HttpResponse<String> multipart(LaunchFlow.Session session, String path, Multipart body) {
        return new Http(port).send(HttpRequest.newBuilder(new Http(port).uri(path)).header("Cookie", session.cookie())
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body())).build());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AuthoringRoutesTest.class.getResourceAsStream("/itembank/" + name)) {
            return in.readAllBytes();
        }
    }
}
