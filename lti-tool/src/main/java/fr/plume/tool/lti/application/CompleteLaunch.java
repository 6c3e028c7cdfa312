package fr.plume.tool.lti.application;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.lti.domain.LandingPage;
import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.idtoken.TimeValidator;
import fr.plume.tool.lti.domain.LaunchRecords;
import fr.plume.tool.lti.domain.LoginStates;
import fr.plume.tool.lti.domain.MemberAttribution;
import fr.plume.tool.lti.domain.MemberAttributions;
import fr.plume.tool.lti.domain.LoginStates.LoginState;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.lti.domain.UsedNonces;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * Finishes a launch at the redirect URI: the one-time state and its browser binding, every
 * id_token check, the one-time nonce, then records the user, course and link.
 */
@Service
public class CompleteLaunch {

    private static final Logger log = LoggerFactory.getLogger(CompleteLaunch.class);

    /** Nonces stay recorded past the token's own validity, so a replay is always recognised. */
    private static final Duration NONCE_MARGIN = Duration.ofMinutes(5);

    /** The course's teaching team and its authors; an administrator without a course role places nothing. */
    private static final Set<LtiRole> MAY_PLACE_CONTENT =
            Set.of(LtiRole.INSTRUCTOR, LtiRole.TEACHING_ASSISTANT, LtiRole.CONTENT_DEVELOPER);

    /** A valid launch; {@code deepLinking} is set for LtiDeepLinkingRequest only. */
    /** @param platformRoles the launch's roles as the platform spelled them (for {@link fr.plume.tool.lti.api.LaunchGrants}) */
    public record Outcome(LaunchContext context, DeepLinkingSettings deepLinking, String deploymentId,
            String landingPath, List<String> platformRoles) {

        public Outcome {
            platformRoles = platformRoles == null ? List.of() : List.copyOf(platformRoles);
        }

        public Outcome(LaunchContext context, DeepLinkingSettings deepLinking, String deploymentId, String landingPath) {
            this(context, deepLinking, deploymentId, landingPath, List.of());
        }
    }

    private final LoginStates states;
    private final Registrations registrations;
    private final UsedNonces nonces;
    private final LaunchRecords records;
    private final ValidateIdToken validator;
    private final MemberAttributions attributions;
    private final Clock clock;

    CompleteLaunch(LoginStates states, Registrations registrations, UsedNonces nonces,
            LaunchRecords records, ValidateIdToken validator, MemberAttributions attributions, Clock clock) {
        this.attributions = attributions;
        this.states = states;
        this.registrations = registrations;
        this.nonces = nonces;
        this.records = records;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * @param stateCookies the browser's state cookies, name → value
     */
    public Outcome complete(String state, String idToken, Map<String, String> stateCookies) {
        if (state == null || state.isBlank()) {
            throw new LaunchRejected("LTI-STATE-MISSING", 400);
        }
        LoginState login = states.consume(state).orElseThrow(() -> new LaunchRejected("LTI-STATE-UNKNOWN", 400));
        Instant now = clock.instant();
        RegistrationView registration = registrations.findRecentById(login.registrationId())
                .orElseThrow(() -> new LaunchRejected("LTI-PLATFORM-UNKNOWN", 400));
        MDC.put("memberId", registration.memberId().toString());
        String binding = stateCookies.get(StartLogin.STATE_COOKIE_PREFIX + state);
        if (binding == null) {
            if (!stateCookies.isEmpty()) {
                // This browser started a different login: the state was issued to someone else.
                throw new LaunchRejected("LTI-STATE-MISMATCH", 401);
            }
            throw new StateCookieMissing(relaunch(registration, login));
        }
        if (!Tokens.sameDigest(login.browserBinding(), binding)) {
            throw new LaunchRejected("LTI-STATE-MISMATCH", 401);
        }
        if (now.isAfter(login.expiresAt())) {
            throw new LaunchRejected("LTI-STATE-EXPIRED", 400);
        }
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRejected("LTI-TOKEN-MISSING", 400);
        }
        if (!"ACTIVE".equals(registration.status())) {
            throw new LaunchRejected("LTI-PLATFORM-DISABLED", 403);
        }

        LaunchClaims claims = validator.validate(idToken, registration);

        Instant keepUntil = later(claims.expiresAt(), now).plus(TimeValidator.LEEWAY).plus(NONCE_MARGIN);
        if (!Tokens.sameDigest(Tokens.sha256(login.nonce()), claims.nonce())) {
            // A token from an earlier login: say it was replayed when its nonce was spent.
            throw new LaunchRejected(nonces.spent(claims.issuer(), claims.nonce()) ? "LTI-NONCE-REUSED"
                    : "LTI-NONCE-MISMATCH", 401);
        }
        if (claims.isDeepLinking() && claims.roles().stream().noneMatch(MAY_PLACE_CONTENT::contains)) {
            throw new LaunchRejected("LTI-DEEP-LINKING-FORBIDDEN", 403);
        }

        // The launch's member: a shared platform's rule may attribute it to another member than the
        // registration's; everything member-scoped downstream follows LaunchContext.memberId().
        MemberAttribution.Attributed member = MemberAttribution.attribute(
                attributions.findRecent(registration.id()).orElse(null), claims, registration.memberId());
        MDC.put("memberId", member.memberId().toString());
        LaunchRecords.Recorded recorded = records.record(member, registration.id(), claims, now,
                keepUntil).orElseThrow(() -> new LaunchRejected("LTI-NONCE-REUSED", 401));
        LaunchContext context = new LaunchContext(member.memberId(), registration.id(), recorded.userId(),
                recorded.contextId(), recorded.resourceLinkId(), claims.messageType(), claims.roles(), claims.ags(),
                claims.nrps(), claims.custom(), locale(claims.locale()));
        String landing = claims.isDeepLinking() ? "/lti/deep-link" : LandingPage.pathFor(context);
        log.info("event=lti.launch.accepted registration={} messageType={} roles={} attribution={} landing={}",
                registration.id(), claims.messageType(), claims.roles(), member.outcome(),
                landing.startsWith("/class/") ? "/class/{id}" : landing);
        return new Outcome(context, claims.deepLinking(), claims.deploymentId(), landing, claims.rawRoles());
    }

    /** A fresh login initiation with the platform's original hints, to be opened top-level. */
    private static URI relaunch(RegistrationView registration, LoginState login) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("iss", registration.issuer());
        query.put("client_id", registration.clientId());
        query.put("login_hint", login.loginHint());
        if (login.ltiMessageHint() != null) {
            query.put("lti_message_hint", login.ltiMessageHint());
        }
        if (login.targetLinkUri() != null) {
            query.put("target_link_uri", login.targetLinkUri());
        }
        if (login.deploymentId() != null) {
            query.put("lti_deployment_id", login.deploymentId());
        }
        return URI.create("/lti/login?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        return locale.getLanguage().isEmpty() ? null : locale;
    }
}
