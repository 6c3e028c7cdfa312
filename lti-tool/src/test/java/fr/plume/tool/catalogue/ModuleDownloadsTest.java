package fr.plume.tool.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.OpenModule;
import fr.plume.tool.catalogue.domain.CartridgeVersion;
import fr.plume.tool.support.InMemoryPublishedModules;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.PublishedModulesConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The public downloads of a published module over real HTTP, and what they refuse. */
@PlumeIntegrationTest
@Import(PublishedModulesConfiguration.class)
@TestPropertySource(properties = {"plume.catalogue.oai.page-size=2",
    "plume.catalogue.oai.admin-email=commons@plume.example.org"})
class ModuleDownloadsTest {

    @LocalServerPort
    int port;

    @Autowired
    InMemoryPublishedModules commons;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void emptyCommons() {
        commons.clear();
    }

    private HttpResponse<byte[]> get(String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private OpenModule publish() {
        Item item = InMemoryPublishedModules.shortAnswer("1.1");
        OpenModule module = InMemoryPublishedModules.module(UUID.randomUUID(), "Accords", "1.1", List.of(item));
        commons.publish(module, List.of(item), Instant.now());
        return module;
    }

    @Test
    void anyoneDownloadsThePublishedModulesCartridgesAndMoodleXml() throws Exception {
        OpenModule module = publish();
        String base = "/catalogue/modules/" + module.id();

        HttpResponse<byte[]> cartridge = get(base + "/cartridge.imscc", "fr");
        HttpResponse<byte[]> forMoodle = get(base + "/cartridge-1.1.imscc", "fr");
        HttpResponse<byte[]> questions = get(base + "/questions.moodle.xml", "fr");

        assertThat(cartridge.statusCode()).isEqualTo(200);
        assertThat(cartridge.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("plume-module-" + module.id() + "-v1.imscc");
        CartridgeRules.check(cartridge.body(), CartridgeVersion.V1_3);
        assertThat(forMoodle.statusCode()).isEqualTo(200);
        CartridgeRules.check(forMoodle.body(), CartridgeVersion.V1_1);
        assertThat(questions.statusCode()).isEqualTo(200);
        assertThat(questions.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(new String(questions.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<quiz>")
                .contains("<idnumber>plume-");
    }

    @Test
    void aRetiredDraftUnknownOrMalformedModuleIsNotFound() throws Exception {
        OpenModule retired = publish();
        commons.retire(retired.id(), Instant.now());
        OpenModule shown = InMemoryPublishedModules.module(UUID.randomUUID(), "Brouillon", "1.1", List.of());
        OpenModule draft = new OpenModule(shown.id(), 1, shown.title(), shown.summary(), shown.objectives(), 10,
                shown.licence(), shown.authors(), shown.institutions(), shown.entries(), ItemStatus.DRAFT);
        commons.publish(draft, List.of(), Instant.now());

        for (String id : List.of(retired.id().toString(), draft.id().toString(), UUID.randomUUID().toString(),
                "not-a-module")) {
            for (String file : List.of("cartridge.imscc", "cartridge-1.1.imscc", "questions.moodle.xml")) {
                HttpResponse<byte[]> response = get("/catalogue/modules/" + id + "/" + file, "fr");
                assertThat(response.statusCode()).as(id + "/" + file).isEqualTo(404);
            }
        }
        // an encoded traversal never reaches the route: the request firewall refuses it
        assertThat(get("/catalogue/modules/%2E%2E%2F%2E%2E/cartridge.imscc", "fr").statusCode()).isEqualTo(400);
    }

    @Test
    void theRefusalIsAFrenchPageWithAnEnglishVariantAndItsCode() throws Exception {
        String path = "/catalogue/modules/" + UUID.randomUUID() + "/cartridge.imscc";

        String french = new String(get(path, "fr").body(), java.nio.charset.StandardCharsets.UTF_8);
        String english = new String(get(path, "en").body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(french).contains("Module introuvable").contains("CATALOGUE-MODULE-NOT-FOUND");
        assertThat(english).contains("Module not found").contains("CATALOGUE-MODULE-NOT-FOUND");
    }
}
