package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DeepLinkData;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoCourse;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.FormPost;
import fr.plume.tool.demo.domain.IdTokenClaims;
import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.LaunchIntents;
import fr.plume.tool.demo.domain.LaunchMessage;
import fr.plume.tool.demo.domain.MessageType;
import fr.plume.tool.demo.domain.PlatformKeys;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The OIDC authentication request of a launch (LTI Core §5.1.1.2–3; Moodle's mod/lti/auth.php):
 * checks the request in Moodle's order, then answers with the signed id_token and the echoed
 * state, to be posted to the registered redirect URI. Errors go back to the tool as
 * {@code error} + {@code state}, except an unregistered redirect URI, which is never posted to.
 */
@Component
@Profile("demo")
public class AuthenticateLaunch {

    private static final Logger log = LoggerFactory.getLogger(AuthenticateLaunch.class);

    private final DemoPlatform platform;
    private final LaunchIntents intents;
    private final Activities activities;
    private final PlatformKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AuthenticateLaunch(DemoPlatform platform, LaunchIntents intents, Activities activities, PlatformKeys keys,
            Clock clock) {
        this.platform = platform;
        this.intents = intents;
        this.activities = activities;
        this.keys = keys;
        this.clock = clock;
    }

    /** The answer to post to the tool, from the request's parameters. */
    public FormPost authenticate(Map<String, String> params) {
        String redirectUri = params.getOrDefault("redirect_uri", "");
        if (!platform.tool().isRedirectUri(redirectUri)) {
            throw new PlumeProblemException("DEMO-AUTH-REDIRECT-URI", 400);
        }
        Instant now = clock.instant();
        Map<String, String> answer = new LinkedHashMap<>();
        String error = check(params);
        Optional<LaunchIntent> intent = Optional.empty();
        if (error == null) {
            intent = hint(params.get("lti_message_hint")).flatMap(id -> intents.consume(id, now));
            if (intent.isEmpty()) {
                error = "invalid_request";
            } else if (!intent.get().userId().equals(params.get("login_hint"))) {
                error = "access_denied";
            }
        }
        if (error == null) {
            answer.put("id_token", idToken(intent.get(), params.get("nonce"), now));
            log.info("event=demo.platform.id-token-issued user={} messageType={}", intent.get().userId(),
                    intent.get().messageType());
        } else {
            answer.put("error", error);
            log.info("event=demo.platform.auth-refused error={}", error);
        }
        if (params.containsKey("state")) {
            answer.put("state", params.get("state"));
        }
        return new FormPost(redirectUri, answer);
    }

    /** Moodle's checks before the message hint, in its order; null when all pass. */
    private String check(Map<String, String> p) {
        for (String required : new String[] {"scope", "response_type", "client_id", "login_hint", "nonce",
                "lti_message_hint"}) {
            if (p.getOrDefault(required, "").isEmpty()) {
                return "invalid_request";
            }
        }
        if (!"openid".equals(p.get("scope"))) {
            return "invalid_scope";
        }
        if (!"id_token".equals(p.get("response_type"))) {
            return "unsupported_response_type";
        }
        if (!platform.clientId().equals(p.get("client_id"))) {
            return "unauthorized_client";
        }
        if (!"form_post".equals(p.get("response_mode"))) {
            return "invalid_request";
        }
        String prompt = p.getOrDefault("prompt", "");
        if (!prompt.isEmpty() && !"none".equals(prompt)) {
            return "invalid_request";
        }
        return null;
    }

    private String idToken(LaunchIntent intent, String nonce, Instant now) {
        DemoUser user = DemoCatalogue.user(intent.userId()).orElseThrow();
        DemoCourse course = DemoCatalogue.course(intent.courseId()).orElseThrow();
        Activity activity = intent.activityId() == null ? null : activities.find(intent.activityId()).orElseThrow();
        String data = intent.messageType() == MessageType.DEEP_LINKING ? DeepLinkData.issue(course, user, random) : null;
        LaunchMessage message = new LaunchMessage(platform.endpoints(), platform.tool(), platform.clientId(), user,
                course, intent.messageType(), activity, intent.locale(), nonce, data,
                publicBase() + "/demo", now);
        return keys.sign(IdTokenClaims.of(message));
    }

    private String publicBase() {
        String issuer = platform.endpoints().issuer();
        return issuer.substring(0, issuer.length() - "/demo/platform".length());
    }

    private static Optional<UUID> hint(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
