package fr.plume.tool.lti.infra;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** JSON over HTTP to platforms for Dynamic Registration, with timeouts and a size cap. */
@Component
public class RegistrationHttp {

    private static final int MAX_BYTES = 512 * 1024;

    /** A platform's answer; {@code json} is null when the body is not a JSON object. */
    public record Answer(int status, Map<String, Object> json, String text) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The platform could not be reached at all (DNS, connection, timeout, TLS). */
    public static class Unreachable extends Exception {
        Unreachable(Throwable cause) {
            super(cause.getClass().getSimpleName(), cause);
        }
    }

    private final HttpClient client;
    private final LtiProperties properties;

    RegistrationHttp(LtiProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Answer getJson(URI uri) throws Unreachable {
        return send(HttpRequest.newBuilder(uri).timeout(properties.httpTimeout())
                .header("Accept", "application/json").GET().build());
    }

    public Answer postJson(URI uri, Map<String, Object> body, String bearer) throws Unreachable {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.httpTimeout())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)));
        if (bearer != null && !bearer.isBlank()) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) throws Unreachable {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String text;
            try (InputStream in = response.body()) {
                text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            }
            Map<String, Object> json;
            try {
                json = JSONObjectUtils.parse(text);
            } catch (ParseException e) {
                json = null;
            }
            return new Answer(response.statusCode(), json, text);
        } catch (IOException e) {
            throw new Unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(e);
        }
    }
}
