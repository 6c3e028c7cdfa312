package fr.plume.tool.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Real HTTP against the tool under test (no MockMvc shortcuts), without following redirects. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final List<Integer> nodes;
    private final AtomicInteger next = new AtomicInteger();
    private final List<Integer> served = Collections.synchronizedList(new ArrayList<>());

    public Http(int port) {
        this(List.of(port));
    }

    private Http(List<Integer> ports) {
        this.nodes = List.copyOf(ports);
        this.base = "http://localhost:" + ports.get(0);
    }

    /**
     * A client of several tool nodes as a load balancer without sticky sessions would spread it:
     * each request goes to the next node in turn, whatever node the address was built for.
     */
    public static Http alternating(int... ports) {
        return new Http(java.util.Arrays.stream(ports).boxed().toList());
    }

    /** The port of the node each request went to, in order. */
    public List<Integer> served() {
        return List.copyOf(served);
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(toNextNode(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest toNextNode(HttpRequest request) {
        if (nodes.size() == 1) {
            return request;
        }
        int port = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
        served.add(port);
        URI uri = request.uri();
        URI moved = URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        return HttpRequest.newBuilder(request, (name, value) -> true).uri(moved).build();
    }
}
