package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.AccessToken;
import fr.plume.tool.lti.domain.LinkHeader;
import fr.plume.tool.lti.domain.TokenUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one client of the LTI services (AGS, NRPS): calls with a bearer token from
 * {@link PlatformTokenClient}, and reads paged collections by their {@code rel="next"} links.
 * When the platform answers 401 (token revoked or expired early) the token is dropped and the
 * call made once more with a fresh one.
 */
@Component
public class PlatformServiceClient {

    /** Reads one page; a present result ends the paging early. */
    @FunctionalInterface
    public interface PageReader<T> {
        Optional<T> read(HttpResponse<String> page) throws IOException;
    }

    private final PlatformTokenClient tokens;
    private final PlatformHttp http;

    PlatformServiceClient(PlatformTokenClient tokens, PlatformHttp http) {
        this.tokens = tokens;
        this.http = http;
    }

    /** A request to {@code uri} with the client's timeout, to pass to {@link #send}. */
    public HttpRequest.Builder request(URI uri) {
        return http.request(uri);
    }

    public HttpResponse<String> send(RegistrationView registration, List<String> scopes,
            Supplier<HttpRequest.Builder> request) throws IOException, TokenUnavailable {
        AccessToken token = tokens.token(registration, scopes);
        HttpResponse<String> response = http.send(request.get().header("Authorization", "Bearer " + token.value())
                .build());
        if (response.statusCode() != 401) {
            return response;
        }
        tokens.invalidate(registration, scopes, token);
        AccessToken fresh = tokens.token(registration, scopes);
        return http.send(request.get().header("Authorization", "Bearer " + fresh.value()).build());
    }

    /**
     * GETs {@code first} and the pages its {@code Link} headers chain with {@code rel="next"}
     * (AGS 2.0 §3.2.4, NRPS 2.0 §2.4.1), at most {@code maxPages} of them, so a platform whose
     * pages point at each other cannot keep the caller forever. A page other than 200 fails the
     * whole read, naming {@code what}.
     */
    public <T> Optional<T> readPages(RegistrationView registration, List<String> scopes, URI first, String accept,
            int maxPages, String what, PageReader<T> reader) throws IOException, TokenUnavailable {
        URI page = first;
        for (int i = 0; i < maxPages && page != null; i++) {
            URI current = page;
            HttpResponse<String> response = send(registration, scopes,
                    () -> http.request(current).header("Accept", accept).GET());
            if (response.statusCode() != 200) {
                throw new IOException(what + " answered HTTP " + response.statusCode());
            }
            Optional<T> found = reader.read(response);
            if (found.isPresent()) {
                return found;
            }
            page = LinkHeader.next(response.headers().allValues("Link")).orElse(null);
        }
        return Optional.empty();
    }
}
