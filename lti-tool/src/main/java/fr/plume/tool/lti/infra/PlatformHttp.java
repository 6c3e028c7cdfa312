package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.ags.domain.AgsSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * The one HTTP client the LTI services share (connection reuse matters at a thousand scores a
 * second). Every request has a timeout: a platform that hangs is a failure to retry, not a
 * worker stuck forever.
 */
@Component
public class PlatformHttp {

    private final HttpClient client;
    private final AgsSettings properties;

    PlatformHttp(AgsSettings properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "plume-platform-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(properties.requestTimeout());
    }

    /** Sends; IOException covers refused connections, resets and timeouts alike. */
    public HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
