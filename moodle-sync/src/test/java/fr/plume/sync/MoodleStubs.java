package fr.plume.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.plume.sync.moodle.MoodleSite;
import fr.plume.sync.moodle.MoodleWsClient;
import fr.plume.sync.moodle.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WireMock stubs of a Moodle REST server. Reply bodies come from src/test/resources/moodle/,
 * written after the return structures declared in Moodle's external functions
 * (competency/classes/external.php and its exporters, course/externallib.php,
 * webservice/externallib.php).
 */
public final class MoodleStubs {

    public static final String ENDPOINT = "/webservice/rest/server.php";
    public static final String TOKEN = "s3cr3t-t0ken-abcdef0123456789";

    private final WireMockServer server;

    public MoodleStubs(WireMockServer server) {
        this.server = server;
    }

    public static String fixture(String name) {
        try (InputStream in = MoodleStubs.class.getResourceAsStream("/moodle/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("fixture absente : " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MoodleStubs reply(String function, String body) {
        server.stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing("wsfunction=" + function + "&"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
        return this;
    }

    public MoodleStubs replyFixture(String function, String fixture) {
        return reply(function, fixture(fixture));
    }

    /**
     * The stubbed site. Its request timeout is far above anything a loaded test machine takes to
     * answer, so no test outcome depends on how fast WireMock replies; timeouts themselves are
     * tested with a client that fails on purpose.
     */
    public MoodleSite site() {
        return new MoodleSite("univ-test", URI.create(server.baseUrl()), TOKEN, Duration.ofMinutes(5), Duration.ZERO, 2);
    }

    public MoodleWsClient client() {
        return new MoodleWsClient(site(), HttpClient.newHttpClient(), Clock.systemUTC(), d -> { });
    }

    public MoodleWsClient client(Sleeper sleeper) {
        return new MoodleWsClient(site(), HttpClient.newHttpClient(), Clock.systemUTC(), sleeper);
    }

    /** Requests made for one function, their form bodies decoded into name → value. */
    public List<Map<String, String>> calls(String function) {
        return server.findAll(postRequestedFor(urlEqualTo(ENDPOINT)).withRequestBody(containing("wsfunction=" + function + "&")))
                .stream().map(MoodleStubs::form).toList();
    }

    public int count(String function) {
        return calls(function).size();
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
