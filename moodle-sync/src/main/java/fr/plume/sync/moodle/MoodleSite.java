package fr.plume.sync.moodle;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A member's Moodle as this toolkit reaches it. The token is a secret: it is
 * never part of {@link #toString()} and never logged.
 *
 * @param name              short site name used in configuration and reports
 * @param baseUrl           the Moodle wwwroot, e.g. {@code https://moodle.univ.example}
 * @param token             web service token of the Plume service
 * @param timeout           per-request timeout
 * @param minRequestInterval minimum delay between two requests to this site (rate limit)
 * @param maxRetries        retries after a network error (never after a Moodle error)
 */
public record MoodleSite(String name, URI baseUrl, String token, Duration timeout,
                         Duration minRequestInterval, int maxRetries) {

    public MoodleSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        minRequestInterval = minRequestInterval == null ? Duration.ZERO : minRequestInterval;
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries < 0");
        }
    }

    public static MoodleSite of(String name, URI baseUrl, String token) {
        return new MoodleSite(name, baseUrl, token, Duration.ofSeconds(30), Duration.ofMillis(100), 2);
    }

    public URI restEndpoint() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "webservice/rest/server.php");
    }

    @Override
    public String toString() {
        return "MoodleSite[" + name + ", " + baseUrl + ", token=***]";
    }
}
