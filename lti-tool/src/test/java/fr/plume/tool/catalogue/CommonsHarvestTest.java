package fr.plume.tool.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.OpenModule;
import fr.plume.sync.catalogue.CatalogueEntry;
import fr.plume.sync.catalogue.FileCatalogueStore;
import fr.plume.sync.job.CompetencyMapper;
import fr.plume.sync.job.OaiHarvestJob;
import fr.plume.sync.job.OaiPmhClient;
import fr.plume.sync.job.OaiSource;
import fr.plume.sync.job.Progress;
import fr.plume.sync.job.SyncReport;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.InMemoryPublishedModules;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.PublishedModulesConfiguration;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Round trip over real HTTP: moodle-sync's own OAI-PMH harvester harvests the commons' provider,
 * pages through its resumption tokens, gets every published module with its metadata and sees a
 * retired one as deleted.
 */
@PlumeIntegrationTest
@Import(PublishedModulesConfiguration.class)
@TestPropertySource(properties = {"plume.catalogue.oai.page-size=2",
    "plume.catalogue.oai.admin-email=commons@plume.example.org"})
class CommonsHarvestTest {

    @LocalServerPort
    int port;

    @Autowired
    InMemoryPublishedModules commons;

    @TempDir
    Path dir;

    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);

    @BeforeEach
    void emptyCommons() {
        commons.clear();
    }

    private SyncReport harvest(FileCatalogueStore store, String prefix, List<Long> totals) {
        OaiSource source = new OaiSource("plume-commons", URI.create("http://localhost:" + port + "/oai"), prefix,
                Optional.empty());
        Progress progress = (label, done, total) -> totals.add(total);
        return new OaiHarvestJob(OaiPmhClient.standard(), store, CompetencyMapper.none(), Clock.systemUTC())
                .run(source, Optional.empty(), Optional.empty(), false, progress);
    }

    private static String sourceId(OpenModule module) {
        return "oai:plume-commons:oai:localhost:module:" + module.id();
    }

    @Test
    void moodleSyncHarvestsEveryPublishedModuleThroughResumptionTokensAndSeesARetiredOneDeleted() {
        List<OpenModule> modules = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OpenModule module = InMemoryPublishedModules.module(UUID.randomUUID(), "Module " + i, "1." + (i % 2 + 1),
                    List.of());
            commons.publish(module, List.of(), t0.plusSeconds(i));
            modules.add(module);
        }
        FileCatalogueStore store = new FileCatalogueStore(dir.resolve("catalogue.json"));
        List<Long> totals = new ArrayList<>();

        harvest(store, "oai_dc", totals);

        assertThat(totals).hasSize(5).containsOnly(5L);
        for (OpenModule module : modules) {
            CatalogueEntry entry = store.findBySourceId(sourceId(module)).orElseThrow();
            assertThat(entry.withdrawn()).isFalse();
            assertThat(entry.resource().title()).isEqualTo(module.title().fr());
            assertThat(entry.resource().url()).isEqualTo("http://localhost:8080/catalogue/modules/" + module.id());
            assertThat(entry.resource().licence()).startsWith("CC-BY-SA-4.0");
            assertThat(entry.resource().authors()).contains("Anne Autrice", "Bob, Relecteur");
        }

        commons.retire(modules.get(1).id(), t0.plusSeconds(60));
        totals.clear();
        harvest(store, "lom", totals);

        assertThat(store.findBySourceId(sourceId(modules.get(1))).orElseThrow().withdrawn()).isTrue();
        assertThat(store.findBySourceId(sourceId(modules.get(0))).orElseThrow().withdrawn()).isFalse();
        assertThat(store.findBySourceId(sourceId(modules.get(4))).orElseThrow().resource().description())
                .contains("Résumé de « Module 4 » & co.");
        assertThat(totals).containsOnly(5L);
    }

    @Test
    void harvestersMayPostTheirRequestsWithoutASession() {
        commons.publish(InMemoryPublishedModules.module(UUID.randomUUID(), "Accords", "1.1", List.of()), List.of(), t0);
        Http http = new Http(port);

        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(http.uri("/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=ListIdentifiers&metadataPrefix=oai_dc")).build());

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(posted.headers().firstValue("Set-Cookie")).isEmpty();
        OaiSchema.check(posted.body());
        assertThat(posted.body()).contains("<ListIdentifiers><header><identifier>oai:localhost:module:");
    }

    @Test
    void aProtocolErrorIsAnOaiReplyNotAnHttpError() {
        HttpResponse<String> reply = new Http(port).get("/oai?verb=Harvest");

        assertThat(reply.statusCode()).isEqualTo(200);
        OaiSchema.check(reply.body());
        assertThat(reply.body()).contains("<error code=\"badVerb\">");
    }
}
