package fr.plume.tool.lti.application;

import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.LoginStates;
import fr.plume.tool.lti.domain.LoginStates.LoginState;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.shared.domain.PublicUrl;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * OIDC third-party initiated login (LTI Core §5.1.1, Security Framework §5.1.1): picks the
 * registration, stores a one-time state bound to this browser and a nonce, and sends the browser
 * to the platform's authorization endpoint.
 */
@Service
public class StartLogin {

    /** The parameters a platform sends to /lti/login. */
    public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String ltiMessageHint,
            String clientId, String deploymentId) {
    }

    /** Where to send the browser, and the cookie that binds the state to it. */
    public record LoginRedirect(URI authorizationRequest, String state, String cookieName, String cookieValue) {
    }

    public static final String STATE_COOKIE_PREFIX = "plume_lti_state_";

    private final Registrations registrations;
    private final LoginStates states;
    private final LtiSettings properties;
    private final Clock clock;
    private final PublicUrl publicUrl;

    StartLogin(Registrations registrations, LoginStates states, LtiSettings properties, Clock clock,
            PublicUrl publicUrl) {
        this.registrations = registrations;
        this.states = states;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public LoginRedirect start(LoginRequest request) {
        if (blank(request.issuer()) || blank(request.loginHint()) || blank(request.targetLinkUri())) {
            throw new LaunchRejected("LTI-LOGIN-INVALID", 400);
        }
        RegistrationView registration = registration(request.issuer(), request.clientId());
        if (!"ACTIVE".equals(registration.status())) {
            throw new LaunchRejected("LTI-PLATFORM-DISABLED", 403);
        }
        if (!blank(request.deploymentId()) && !registration.deploymentIds().contains(request.deploymentId())) {
            throw new LaunchRejected("LTI-DEPLOYMENT-UNKNOWN", 403);
        }
        String state = Tokens.random();
        String nonce = Tokens.random();
        String binding = Tokens.random();
        states.save(new LoginState(state, registration.id(), nonce, Tokens.sha256(binding), request.loginHint(),
                request.ltiMessageHint(), request.targetLinkUri(), request.deploymentId(),
                clock.instant().plus(properties.stateLifetime())));

        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", registration.clientId());
        query.put("redirect_uri", redirectUri());
        // Echoed verbatim: the platform uses them to find the user and the launch (LTI Core §5.1.1.2).
        query.put("login_hint", request.loginHint());
        if (request.ltiMessageHint() != null) {
            query.put("lti_message_hint", request.ltiMessageHint());
        }
        query.put("state", state);
        query.put("nonce", nonce);
        String endpoint = registration.authorizationEndpoint().toString();
        String separator = endpoint.contains("?") ? "&" : "?";
        URI redirect = URI.create(endpoint + separator + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        return new LoginRedirect(redirect, state, STATE_COOKIE_PREFIX + state, binding);
    }

    /** The only redirect URI the tool registers; platforms compare it exactly. */
    public String redirectUri() {
        return publicUrl.base() + "/lti/launch";
    }

    private RegistrationView registration(String issuer, String clientId) {
        if (!blank(clientId)) {
            return registrations.findRecent(issuer, clientId)
                    .orElseThrow(() -> new LaunchRejected("LTI-PLATFORM-UNKNOWN", 400));
        }
        List<RegistrationView> candidates = registrations.findByIssuer(issuer);
        if (candidates.isEmpty()) {
            throw new LaunchRejected("LTI-PLATFORM-UNKNOWN", 400);
        }
        if (candidates.size() > 1) {
            throw new LaunchRejected("LTI-LOGIN-CLIENT-AMBIGUOUS", 400);
        }
        return candidates.get(0);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
