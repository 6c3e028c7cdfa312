package fr.plume.sync.moodle;

import fr.plume.sync.i18n.Phrase;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client of one Moodle's REST server ({@code webservice/rest/server.php}).
 * <p>Errors: Moodle reports failures with HTTP 200 and an {@code exception} body, which become
 * {@link MoodleWsException} and are never retried. Network failures are retried a bounded
 * number of times with exponential backoff. A request that got no reply within the site's
 * timeout is never retried: Moodle keeps working on it, so asking again only doubles the load
 * on a site that is already too slow (raise {@code timeoutSeconds} instead). The token travels
 * only in the POST body, so it never appears in URLs, logs or exception messages.
 */
public class MoodleWsClient {

    private static final System.Logger LOG = System.getLogger(MoodleWsClient.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_RESPONSE_CHARS = 64 * 1024 * 1024;

    private final MoodleSite site;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final RateLimiter rateLimiter;
    private final List<Consumer<MoodleWarning>> warningListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public MoodleWsClient(MoodleSite site) {
        this(site, HttpClient.newBuilder().connectTimeout(site.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build(), Clock.systemUTC(), Sleeper.REAL);
    }

    public MoodleWsClient(MoodleSite site, HttpClient http, Clock clock, Sleeper sleeper) {
        this.site = site;
        this.http = http;
        this.sleeper = sleeper;
        this.rateLimiter = new RateLimiter(site.minRequestInterval(), clock, sleeper);
    }

    public MoodleSite site() {
        return site;
    }

    /**
     * Every warning of the later calls is also handed to this listener (e.g. a job's report)
     * until the returned handle is closed.
     */
    public AutoCloseable onWarning(Consumer<MoodleWarning> listener) {
        warningListeners.add(listener);
        return () -> warningListeners.remove(listener);
    }

    /** A call that only reads: safe to retry after any network error. */
    public WsResponse read(String function, WsParams params) {
        return call(function, params, true);
    }

    /**
     * A call that changes the site: retried only when the request provably never left
     * (connection refused or connect timeout), because a lost reply may hide a write
     * that did happen.
     */
    public WsResponse write(String function, WsParams params) {
        return call(function, params, false);
    }

    private WsResponse call(String function, WsParams params, boolean idempotent) {
        String body = "wstoken=" + java.net.URLEncoder.encode(site.token(), StandardCharsets.UTF_8)
                + "&wsfunction=" + function + "&moodlewsrestformat=json"
                + (params.values().isEmpty() ? "" : "&" + params.toFormBody());
        HttpRequest request = HttpRequest.newBuilder(site.restEndpoint())
                .timeout(site.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        int attempt = 0;
        while (true) {
            try {
                rateLimiter.acquire();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                LOG.log(System.Logger.Level.DEBUG, () -> "site=" + site.name() + " function=" + function
                        + " status=" + response.statusCode() + " ms=" + (System.nanoTime() - start) / 1_000_000);
                if (isGatewayFailure(response.statusCode()) && attempt < site.maxRetries()) {
                    backoff(++attempt);
                    continue;
                }
                return interpret(function, response);
            } catch (ConnectException | HttpConnectTimeoutException e) {
                if (attempt >= site.maxRetries()) {
                    throw unreachable(function, e);
                }
                backoff(++attempt);
            } catch (HttpTimeoutException e) {
                throw new MoodleTransportException(Phrase.of("error.timeout", site.name(), function,
                        site.timeout().toSeconds()), e);
            } catch (IOException e) {
                if (!idempotent || attempt >= site.maxRetries()) {
                    throw unreachable(function, e);
                }
                backoff(++attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MoodleTransportException(Phrase.of("error.interrupted", function), e);
            }
        }
    }

    private static boolean isGatewayFailure(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private void backoff(int attempt) {
        try {
            sleeper.sleep(Duration.ofMillis(200L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MoodleTransportException(Phrase.of("error.waitInterrupted"), e);
        }
    }

    private MoodleTransportException unreachable(String function, IOException e) {
        return new MoodleTransportException(Phrase.of("error.unreachable", site.name(), function,
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())), e);
    }

    private WsResponse interpret(String function, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new MoodleTransportException(Phrase.of("error.httpStatus", site.name(), response.statusCode(), function));
        }
        String text = response.body();
        if (text.length() > MAX_RESPONSE_CHARS) {
            throw new MoodleTransportException(Phrase.of("error.tooLarge", function));
        }
        JsonNode node;
        try {
            // Moodle answers "null" for functions that return nothing.
            node = text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (JacksonException e) {
            throw new MoodleTransportException(Phrase.of("error.notJson", function, abbreviate(text)), e);
        }
        if (node.isObject() && node.has("exception") && node.has("errorcode")) {
            throw new MoodleWsException(function, node.path("exception").asString(""),
                    node.path("errorcode").asString(""), node.path("message").asString(""),
                    node.path("debuginfo").asString(null));
        }
        List<MoodleWarning> warnings = new ArrayList<>();
        if (node.isObject() && node.path("warnings").isArray()) {
            for (JsonNode w : node.path("warnings")) {
                MoodleWarning warning = new MoodleWarning(function, w.path("item").asString(""),
                        w.path("itemid").asString(""), w.path("warningcode").asString(""), w.path("message").asString(""));
                warnings.add(warning);
                LOG.log(System.Logger.Level.INFO, () -> "site=" + site.name() + " warning " + warning.function()
                        + " code=" + warning.warningCode());
                warningListeners.forEach(l -> l.accept(warning));
            }
        }
        return new WsResponse(node, warnings);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
