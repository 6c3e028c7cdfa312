package fr.plume.sync.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.sync.TestFrameworks;
import fr.plume.sync.catalogue.FileCatalogueStore;
import fr.plume.sync.catalogue.HarvestedResource;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.OaiPmhException;
import fr.plume.sync.format.OaiPmhReader;
import fr.plume.sync.job.SyncReport.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OaiHarvestJobTest {

    /** Far above what a loaded machine takes to answer: a timeout would be retried and change the waits seen. */
    static final Duration GENEROUS_TIMEOUT = Duration.ofMinutes(5);

    WireMockServer server;
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static String oai(String name) {
        try (InputStream in = OaiHarvestJobTest.class.getResourceAsStream("/oai/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void stubFirst(String prefix, String fixture) {
        server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"))
                .withQueryParam("metadataPrefix", equalTo(prefix)).withQueryParam("resumptionToken", absent())
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(oai(fixture))));
    }

    void stubToken(String token, String fixture) {
        server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo(token))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(oai(fixture))));
    }

    OaiSource source(String prefix) {
        return new OaiSource("oer", URI.create(server.baseUrl() + "/oai"), prefix, Optional.empty());
    }

    OaiHarvestJob job(FileCatalogueStore store) {
        CompetencyMapper mapper = new CompetencyMapper(CompetencyIndex.of(TestFrameworks.v2()),
                List.of(new KeywordRule("1.2", List.of("participe passé"))));
        return new OaiHarvestJob(new OaiPmhClient(HttpClient.newHttpClient(), new OaiPmhReader(), d -> { },
                GENEROUS_TIMEOUT), store, mapper, Clock.systemUTC());
    }

    @Test
    void followsResumptionTokensWithdrawsDeletedRecordsAndLinksCompetencies() {
        stubFirst("oai_dc", "listrecords-dc-page1.xml");
        stubToken("page2-token", "listrecords-dc-page2.xml");
        FileCatalogueStore store = new FileCatalogueStore(dir.resolve("catalogue.json"));
        store.upsert(new HarvestedResource("oai:oer:oai:oer.example.org:res-old", "oer", "Ancienne fiche", "", "", "", "",
                List.of(), List.of(), "", List.of(), "").hashed());

        SyncReport report = job(store).run(source("oai_dc"), Optional.empty(), Optional.empty(), false, Progress.NONE);

        assertThat(report.count(Outcome.CREATED)).isEqualTo(3);
        assertThat(report.entries(Outcome.WITHDRAWN)).singleElement()
                .satisfies(e -> assertThat(e.subject()).contains("res-old"));
        HarvestedResource virgule = store.findBySourceId("oai:oer:oai:oer.example.org:res-1").orElseThrow().resource();
        assertThat(virgule.url()).isEqualTo("https://oer.example.org/res/1");
        assertThat(virgule.licence()).isEqualTo("CC BY-SA 4.0");
        assertThat(virgule.keywords()).containsExactly("ponctuation");
        assertThat(virgule.competencies()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("2.1");
            assertThat(c.idnumber()).isEqualTo(TestFrameworks.C21);
            assertThat(c.how()).isEqualTo(CompetencyLink.How.EXPLICIT_ALIGNMENT);
        });
        HarvestedResource participe = store.findBySourceId("oai:oer:oai:oer.example.org:res-2").orElseThrow().resource();
        assertThat(participe.url()).isEqualTo("https://oer.example.org/res/2");
        assertThat(participe.competencies()).extracting(CompetencyLink::code, CompetencyLink::how)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.2", CompetencyLink.How.KEYWORD_RULE));
        assertThat(store.findBySourceId("oai:oer:oai:oer.example.org:res-3").orElseThrow().resource().competencies()).isEmpty();
        assertThat(store.findBySourceId("oai:oer:oai:oer.example.org:res-old").orElseThrow().withdrawn()).isTrue();

        // re-harvest from the file written on disk: nothing changes
        FileCatalogueStore reloaded = new FileCatalogueStore(dir.resolve("catalogue.json"));
        SyncReport again = job(reloaded).run(source("oai_dc"), Optional.empty(), Optional.empty(), false, Progress.NONE);
        assertThat(again.hasChanges()).isFalse();
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(4);
    }

    @Test
    void changedRecordIsUpdatedAndVanishedOneWithdrawnOnFullHarvest() {
        stubFirst("oai_dc", "listrecords-dc-page1.xml");
        stubToken("page2-token", "listrecords-dc-page2.xml");
        FileCatalogueStore store = new FileCatalogueStore(dir.resolve("c.json"));
        job(store).run(source("oai_dc"), Optional.empty(), Optional.empty(), false, Progress.NONE);

        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("page2-token"))
                .willReturn(aResponse().withBody(oai("listrecords-dc-page2.xml").replace("Cours de cuisine", "Cours de cuisine, 2e édition")
                        .replaceAll("(?s)<record>\\s*<header status=\"deleted\">.*?</record>", ""))));
        server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", absent())
                .willReturn(aResponse().withBody(oai("listrecords-dc-page1.xml")
                        .replaceAll("(?s)<record>\\s*<header>\\s*<identifier>oai:oer.example.org:res-2</identifier>.*?</record>", ""))));

        SyncReport report = job(store).run(source("oai_dc"), Optional.empty(), Optional.empty(), true, Progress.NONE);

        assertThat(report.entries(Outcome.UPDATED)).singleElement().satisfies(e -> assertThat(e.subject()).contains("res-3"));
        assertThat(report.entries(Outcome.WITHDRAWN)).singleElement().satisfies(e -> assertThat(e.subject()).contains("res-2"));
        assertThat(store.findBySourceId("oai:oer:oai:oer.example.org:res-2").orElseThrow().withdrawn())
                .as("dry run changes nothing").isFalse();
    }

    @Test
    void readsLomFrRecordsWithTheirClassification() {
        stubFirst("lomfr", "listrecords-lomfr.xml");
        FileCatalogueStore store = new FileCatalogueStore(dir.resolve("c.json"));

        job(store).run(source("lomfr"), Optional.of("2024-06-01"), Optional.empty(), false, Progress.NONE);

        HarvestedResource r = store.findBySourceId("oai:oer:oai:oer.example.org:lom-7").orElseThrow().resource();
        assertThat(r.title()).isEqualTo("Les connecteurs logiques");
        assertThat(r.url()).isEqualTo("https://oer.example.org/lom/7/index.html");
        assertThat(r.authors()).containsExactly("Durand, Paul");
        assertThat(r.kind()).isEqualTo("exercise");
        assertThat(r.licence()).contains("BY 4.0");
        assertThat(r.keywords()).containsExactly("argumentation", "connecteurs");
        assertThat(r.competencies()).extracting(CompetencyLink::code).containsExactly("2.2");
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/oai")))
                .get(0).queryParameter("from").firstValue()).isEqualTo("2024-06-01");
    }

    @Test
    void noRecordsMatchIsAnEmptyHarvestButOtherErrorsAreErrors() {
        stubFirst("oai_dc", "error-norecordsmatch.xml");
        FileCatalogueStore store = new FileCatalogueStore(dir.resolve("c.json"));
        SyncReport report = job(store).run(source("oai_dc"), Optional.of("2030-01-01"), Optional.empty(), false, Progress.NONE);
        assertThat(report.entries()).isEmpty();

        stubFirst("oai_dc", "error-badresumptiontoken.xml");
        assertThatThrownBy(() -> job(store).run(source("oai_dc"), Optional.empty(), Optional.empty(), false, Progress.NONE))
                .isInstanceOfSatisfying(OaiPmhException.class, e -> assertThat(e.code()).isEqualTo("badResumptionToken"));
    }

    @Test
    void flowControl503IsHonouredThenRetried() {
        server.stubFor(get(urlPathEqualTo("/oai")).inScenario("busy").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")).willSetStateTo("ready"));
        server.stubFor(get(urlPathEqualTo("/oai")).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withBody(oai("listrecords-lomfr.xml"))));
        List<Duration> waits = new java.util.ArrayList<>();
        OaiPmhClient client = new OaiPmhClient(HttpClient.newHttpClient(), new OaiPmhReader(), waits::add, GENEROUS_TIMEOUT);

        assertThat(client.listRecords(source("lomfr"), Optional.empty(), Optional.empty()).records()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }
}
