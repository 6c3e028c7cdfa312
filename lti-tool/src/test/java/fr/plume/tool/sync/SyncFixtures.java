package fr.plume.tool.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.plume.tool.sync.domain.RunStatus;
import fr.plume.tool.sync.domain.SyncRun;
import fr.plume.tool.sync.infra.JdbcSyncRuns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Stubs and helpers shared by the sync tests. Reply bodies are copies of moodle-sync's fixtures. */
public final class SyncFixtures {

    public static final String TOKEN = "wstoken-5ecr3t-0f-the-member-9f8e7d6c";

    private SyncFixtures() {
    }

    static String fixture(String path) {
        try (InputStream in = SyncFixtures.class.getResourceAsStream("/sync/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OAI-PMH repository at /oai answering two pages; {@code page2} names the second page's fixture. */
    static void oaiRepository(WireMockServer server, String page2, int delayMillis) {
        server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("metadataPrefix", equalTo("oai_dc"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withFixedDelay(delayMillis).withBody(fixture("oai/listrecords-dc-page1.xml"))));
        server.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("page2-token"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBody(fixture("oai/" + page2))));
    }

    static void moodleReply(WireMockServer server, String function, String body) {
        server.stubFor(post(urlEqualTo("/webservice/rest/server.php"))
                .withRequestBody(containing("wsfunction=" + function + "&"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    static String competencyJson(long id, long parentId) {
        return """
                {"shortname":"x","idnumber":"%s","description":"","descriptionformat":1,"sortorder":0,"parentid":%d,
                 "path":"/0/","ruleoutcome":0,"ruletype":null,"ruleconfig":null,"scaleid":null,"scaleconfiguration":null,
                 "competencyframeworkid":7,"id":%d,"timecreated":1718000000,"timemodified":1718000000,"usermodified":2}"""
                .formatted(UUID.randomUUID(), parentId, id);
    }

    /** Waits for a run to end (any node may have taken it). */
    static SyncRun awaitFinished(JdbcSyncRuns runs, UUID memberId, UUID runId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(memberId, runId).orElseThrow(),
                run -> run.status() == RunStatus.SUCCEEDED || run.status() == RunStatus.FAILED);
    }
}
