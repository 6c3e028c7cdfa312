package fr.plume.tool.lti.infra;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.lti.domain.RegistrationExchange;
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
class RegistrationHttp implements RegistrationExchange {

    private static final int MAX_BYTES = 512 * 1024;

    private final HttpClient client;
    private final LtiSettings properties;

    RegistrationHttp(LtiSettings properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Answer getJson(URI uri) throws Unreachable {
        return send(HttpRequest.newBuilder(uri).timeout(properties.httpTimeout())
                .header("Accept", "application/json").GET().build());
    }

    @Override
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
