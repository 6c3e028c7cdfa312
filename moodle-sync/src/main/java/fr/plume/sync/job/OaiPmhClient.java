package fr.plume.sync.job;

import fr.plume.sync.format.FormatException;
import fr.plume.sync.format.OaiPage;
import fr.plume.sync.format.OaiPmhReader;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.moodle.MoodleTransportException;
import fr.plume.sync.moodle.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches ListRecords pages (OAI-PMH 2.0 §4.5). Honours {@code 503 Retry-After} flow control
 * (§3.1.2.2) and retries network failures a bounded number of times: harvesting only reads.
 */
public class OaiPmhClient {

    private static final int MAX_RETRIES = 3;
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final HttpClient http;
    private final OaiPmhReader reader;
    private final Sleeper sleeper;
    private final Duration timeout;

    public OaiPmhClient(HttpClient http, OaiPmhReader reader, Sleeper sleeper, Duration timeout) {
        this.http = http;
        this.reader = reader;
        this.sleeper = sleeper;
        this.timeout = timeout;
    }

    public static OaiPmhClient standard() {
        return new OaiPmhClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), new OaiPmhReader(), Sleeper.REAL,
                Duration.ofSeconds(60));
    }

    /** First page; {@code from}/{@code until} are UTC dates or datetimes in the repository's granularity. */
    public OaiPage listRecords(OaiSource source, Optional<String> from, Optional<String> until) {
        StringBuilder q = new StringBuilder("verb=ListRecords&metadataPrefix=").append(enc(source.metadataPrefix()));
        from.ifPresent(f -> q.append("&from=").append(enc(f)));
        until.ifPresent(u -> q.append("&until=").append(enc(u)));
        source.set().ifPresent(s -> q.append("&set=").append(enc(s)));
        return fetch(source, q.toString());
    }

    /** A following page: only the token may accompany the verb (§3.5). */
    public OaiPage resume(OaiSource source, String resumptionToken) {
        return fetch(source, "verb=ListRecords&resumptionToken=" + enc(resumptionToken));
    }

    private OaiPage fetch(OaiSource source, String query) {
        String base = source.baseUrl().toString();
        URI uri = URI.create(base + (base.contains("?") ? "&" : "?") + query);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "text/xml").GET().build();
        int attempt = 0;
        while (true) {
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 503 && attempt < MAX_RETRIES) {
                    response.body().close();
                    attempt++;
                    sleeper.sleep(retryAfter(response));
                    continue;
                }
                try (InputStream body = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new MoodleTransportException(Phrase.of("oai.httpStatus", source.name(), response.statusCode()));
                    }
                    return reader.read(body);
                }
            } catch (FormatException e) {
                throw e;
            } catch (IOException e) {
                if (++attempt > MAX_RETRIES) {
                    throw new MoodleTransportException(Phrase.of("oai.unreachable", source.name(), String.valueOf(e.getMessage())), e);
                }
                backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MoodleTransportException(Phrase.of("oai.interrupted"), e);
            }
        }
    }

    private Duration retryAfter(HttpResponse<?> response) {
        Optional<String> h = response.headers().firstValue("Retry-After");
        try {
            Duration d = h.map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(Duration.ofSeconds(5));
            return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(5);
        }
    }

    private void backoff(int attempt) {
        try {
            sleeper.sleep(Duration.ofMillis(500L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MoodleTransportException(Phrase.of("oai.interrupted"), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
