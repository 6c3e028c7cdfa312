package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.util.function.SingletonSupplier;

/**
 * The CSP header of every response (DESIGN §10): same-origin resources only; {@code
 * frame-ancestors} and {@code form-action} limited to the tool and the registered platforms
 * (the platforms frame the tool, and Deep Linking returns to them by an auto-posted form). The
 * header text is rebuilt only when the list of origins changes, since it is written on every
 * response.
 */
public final class ContentSecurityPolicy implements HeaderWriter {

    private static final String FIXED = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; base-uri 'self'; object-src 'none'; ";

    private record Built(List<String> origins, String header) {
    }

    private final SingletonSupplier<List<FrameAncestors>> providers;
    private volatile Built last = build(List.of());

    ContentSecurityPolicy(ObjectProvider<FrameAncestors> frameAncestors) {
        this.providers = SingletonSupplier.of(() -> frameAncestors.orderedStream().toList());
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", header());
    }

    public String header() {
        List<String> origins = providers.obtain().stream()
                .flatMap(provider -> provider.origins().stream())
                .distinct()
                .toList();
        Built current = last;
        if (!current.origins().equals(origins)) {
            current = build(origins);
            last = current;
        }
        return current.header();
    }

    private static Built build(List<String> origins) {
        String sources = Stream.concat(Stream.of("'self'"), origins.stream()).collect(Collectors.joining(" "));
        return new Built(origins, FIXED + "form-action " + sources + "; frame-ancestors " + sources);
    }
}
