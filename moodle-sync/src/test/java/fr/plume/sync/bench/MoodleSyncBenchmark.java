package fr.plume.sync.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.plume.sync.catalogue.FileCatalogueStore;
import fr.plume.sync.format.MoodleXmlReader;
import fr.plume.sync.format.OaiPmhReader;
import fr.plume.sync.format.QuestionImport;
import fr.plume.sync.job.CompetencyIndex;
import fr.plume.sync.job.CompetencyMapper;
import fr.plume.sync.job.KeywordRule;
import fr.plume.sync.job.OaiHarvestJob;
import fr.plume.sync.job.OaiPmhClient;
import fr.plume.sync.job.OaiSource;
import fr.plume.sync.job.Progress;
import fr.plume.sync.job.SyncReport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On-demand benchmarks (excluded from CI by surefire's **&#47;*Benchmark*.java rule). Run with
 * {@code mvn -pl moodle-sync test -Dtest=MoodleSyncBenchmark -DargLine=-Xmx256m -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class MoodleSyncBenchmark {

    static final int RECORDS = 10_000;
    static final int PAGE = 100;

    @TempDir
    Path dir;

    static String page(int index) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2024-06-10T08:00:00Z</responseDate><request verb=\"ListRecords\">http://localhost/oai</request><ListRecords>");
        for (int i = index * PAGE; i < (index + 1) * PAGE; i++) {
            sb.append("<record><header><identifier>oai:bench:").append(i).append("</identifier><datestamp>2024-05-01</datestamp>"
                    + "</header><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Ressource ").append(i)
                    .append(" : accord du participe passé et ponctuation</dc:title><dc:creator>Auteur ").append(i % 37)
                    .append("</dc:creator><dc:subject>orthographe</dc:subject><dc:subject>plume:1.").append(i % 3)
                    .append("</dc:subject><dc:description>Exercices et fiches de révision numéro ").append(i)
                    .append(" pour le français écrit à l'université.</dc:description><dc:identifier>https://oer.example.org/r/")
                    .append(i).append("</dc:identifier><dc:language>fr</dc:language><dc:rights>CC BY 4.0</dc:rights>"
                            + "</oai_dc:dc></metadata></record>");
        }
        int next = index + 1;
        sb.append(next * PAGE < RECORDS ? "<resumptionToken completeListSize=\"" + RECORDS + "\">t" + next + "</resumptionToken>"
                : "<resumptionToken completeListSize=\"" + RECORDS + "\"/>");
        return sb.append("</ListRecords></OAI-PMH>").toString();
    }

    @Test
    void harvestTenThousandOaiRecordsThenReharvestUnchanged() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(8));
        server.start();
        try {
            server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", absent())
                    .willReturn(aResponse().withBody(page(0))));
            for (int p = 1; p < RECORDS / PAGE; p++) {
                server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("t" + p))
                        .willReturn(aResponse().withBody(page(p))));
            }
            OaiSource source = new OaiSource("bench", URI.create(server.baseUrl() + "/oai"), "oai_dc", Optional.empty());
            CompetencyMapper mapper = new CompetencyMapper(CompetencyIndex.empty(),
                    List.of(new KeywordRule("2.1", List.of("ponctuation"))));
            Path file = dir.resolve("catalogue.json");
            OaiPmhClient client = new OaiPmhClient(HttpClient.newHttpClient(), new OaiPmhReader(), d -> { }, Duration.ofSeconds(30));

            long t0 = System.nanoTime();
            SyncReport first = new OaiHarvestJob(client, new FileCatalogueStore(file), mapper, Clock.systemUTC())
                    .run(source, Optional.empty(), Optional.empty(), false, Progress.NONE);
            long firstMs = (System.nanoTime() - t0) / 1_000_000;

            long t1 = System.nanoTime();
            SyncReport second = new OaiHarvestJob(client, new FileCatalogueStore(file), mapper, Clock.systemUTC())
                    .run(source, Optional.empty(), Optional.empty(), false, Progress.NONE);
            long secondMs = (System.nanoTime() - t1) / 1_000_000;

            System.out.println("BENCH oai-harvest-10000 first=" + firstMs + "ms reharvest-unchanged=" + secondMs + "ms");
            assertThat(first.count(SyncReport.Outcome.CREATED)).isEqualTo(RECORDS);
            assertThat(second.count(SyncReport.Outcome.UNCHANGED)).isEqualTo(RECORDS);
            assertThat(firstMs).isLessThanOrEqualTo(10_000);
            assertThat(secondMs).isLessThanOrEqualTo(3_000);
        } finally {
            server.stop();
        }
    }

    @Test
    void importFiveThousandQuestionMoodleXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        for (int i = 0; i < 5000; i++) {
            if (i % 500 == 0) {
                xml.append("<question type=\"category\"><category><text>$course$/top/Lot ").append(i / 500)
                        .append("</text></category></question>\n");
            }
            xml.append("<question type=\"multichoice\"><name><text>Question ").append(i).append("</text></name>"
                    + "<questiontext format=\"html\"><text><![CDATA[<p>Choisissez la forme correcte n° ").append(i)
                    .append(" : « les lettres que j'ai ___ ».</p>]]></text><file name=\"img").append(i)
                    .append(".png\" path=\"/\" encoding=\"base64\">").append("iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB".repeat(64))
                    .append("</file></questiontext><generalfeedback format=\"html\"><text>Le COD est placé avant.</text></generalfeedback>"
                            + "<defaultgrade>1</defaultgrade><single>true</single><shuffleanswers>1</shuffleanswers>"
                            + "<answer fraction=\"100\"><text>écrites</text><feedback><text>Oui.</text></feedback></answer>"
                            + "<answer fraction=\"0\"><text>écrit</text><feedback><text>Non.</text></feedback></answer>"
                            + "<answer fraction=\"0\"><text>écrits</text><feedback><text>Non.</text></feedback></answer>"
                            + "<tags><tag><text>competence:1.2</text></tag></tags></question>\n");
        }
        byte[] bytes = xml.append("</quiz>\n").toString().getBytes(StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        QuestionImport imp = new MoodleXmlReader().read("bench", new ByteArrayInputStream(bytes));
        long ms = (System.nanoTime() - t0) / 1_000_000;

        System.out.println("BENCH moodle-xml-5000 bytes=" + bytes.length + " ms=" + ms + " maxHeapMB="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        assertThat(imp.items()).hasSize(5000);
        assertThat(ms).isLessThanOrEqualTo(5_000);
    }
}
