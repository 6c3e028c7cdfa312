package fr.plume.tool.lti.ags.infra;

import fr.plume.tool.lti.ags.domain.AccessToken;
import fr.plume.tool.lti.domain.TokenUnavailable;
import fr.plume.tool.lti.api.RegistrationView;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Calls an LTI service with a bearer token; when the platform answers 401 (token revoked or
 * expired early) the token is dropped and the call made once more with a fresh one.
 */
@Component
public class AuthorizedCall {

    private final FetchAccessToken tokens;
    private final PlatformHttp http;

    AuthorizedCall(FetchAccessToken tokens, PlatformHttp http) {
        this.tokens = tokens;
        this.http = http;
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
}
