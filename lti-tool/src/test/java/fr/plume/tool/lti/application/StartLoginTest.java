package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.LoginStates.LoginState;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.lti.support.InMemoryLoginStates;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.shared.infra.TestPublicUrl;
import fr.plume.tool.support.MovableClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OIDC login initiation: one registration chosen, a one-time state bound to this browser, the platform's hints echoed. */
class StartLoginTest {

    private static final String TOOL = "https://plume.example";
    private static final String ISSUER = "https://moodle.example";
    private static final String MESSAGE_HINT = "{\"cmid\":7,\"launchid\":\"ltilaunch1_42\"}";

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final InMemoryLoginStates states = new InMemoryLoginStates();
    private final StartLogin startLogin = new StartLogin(registrations, states,
            new LtiSettings(Duration.ofMinutes(10), null, null, null, null, null), clock, TestPublicUrl.of(TOOL));
    private RegistrationView registration;

    @BeforeEach
    void platform() {
        registration = register(ISSUER, "client-1", "https://moodle.example/mod/lti/auth.php");
    }

    private RegistrationView register(String issuer, String clientId, String authorizationEndpoint) {
        return registrations.registerActive(new NewRegistration(UUID.randomUUID(), "Moodle", issuer, clientId,
                URI.create(authorizationEndpoint), URI.create(issuer + "/mod/lti/token.php"),
                URI.create(issuer + "/mod/lti/certs.php"), List.of("3")));
    }

    private static StartLogin.LoginRequest request(String clientId, String deploymentId) {
        return new StartLogin.LoginRequest(ISSUER, "hint-42", TOOL + "/lti/launch", MESSAGE_HINT, clientId,
                deploymentId);
    }

    @Test
    void sendsTheBrowserToThePlatformWithTheHintsVerbatimAndTheRegisteredRedirectUri() {
        StartLogin.LoginRedirect redirect = startLogin.start(request("client-1", "3"));

        URI authorization = redirect.authorizationRequest();
        assertThat(authorization.getPath()).isEqualTo("/mod/lti/auth.php");
        Map<String, String> query = LaunchFlow.query(authorization);
        assertThat(query).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                .containsEntry("client_id", "client-1").containsEntry("redirect_uri", TOOL + "/lti/launch")
                .containsEntry("login_hint", "hint-42").containsEntry("lti_message_hint", MESSAGE_HINT)
                .containsEntry("state", redirect.state());
        assertThat(query.get("nonce")).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(redirect.state());
        assertThat(startLogin.redirectUri()).isEqualTo(TOOL + "/lti/launch");
    }

    @Test
    void storesAOneTimeStateBoundToTheBrowserCookieByItsDigestOnly() {
        StartLogin.LoginRedirect redirect = startLogin.start(request("client-1", "3"));

        assertThat(redirect.cookieName()).isEqualTo(StartLogin.STATE_COOKIE_PREFIX + redirect.state());
        LoginState stored = states.peek(redirect.state()).orElseThrow();
        assertThat(stored.registrationId()).isEqualTo(registration.id());
        assertThat(stored.nonce()).isEqualTo(LaunchFlow.query(redirect.authorizationRequest()).get("nonce"));
        assertThat(stored.browserBinding()).as("only the digest of the cookie is stored")
                .isEqualTo(Tokens.sha256(redirect.cookieValue())).isNotEqualTo(redirect.cookieValue());
        assertThat(stored.loginHint()).isEqualTo("hint-42");
        assertThat(stored.ltiMessageHint()).isEqualTo(MESSAGE_HINT);
        assertThat(stored.targetLinkUri()).isEqualTo(TOOL + "/lti/launch");
        assertThat(stored.deploymentId()).isEqualTo("3");
        assertThat(stored.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    }

    @Test
    void everyLoginGetsItsOwnStateNonceAndCookie() {
        StartLogin.LoginRedirect first = startLogin.start(request("client-1", null));
        StartLogin.LoginRedirect second = startLogin.start(request("client-1", null));

        assertThat(second.state()).isNotEqualTo(first.state());
        assertThat(second.cookieValue()).isNotEqualTo(first.cookieValue());
        assertThat(LaunchFlow.query(second.authorizationRequest()).get("nonce"))
                .isNotEqualTo(LaunchFlow.query(first.authorizationRequest()).get("nonce"));
    }

    @Test
    void withoutClientIdTheOnlyRegistrationOfTheIssuerIsUsed() {
        StartLogin.LoginRedirect redirect = startLogin.start(request(null, null));

        assertThat(states.peek(redirect.state()).orElseThrow().registrationId()).isEqualTo(registration.id());
    }

    @Test
    void withoutClientIdTwoRegistrationsOfTheIssuerAreAmbiguous() {
        register(ISSUER, "client-2", "https://moodle.example/mod/lti/auth.php");

        assertRejected(() -> startLogin.start(request(null, null)), "LTI-LOGIN-CLIENT-AMBIGUOUS", 400);
        assertThat(startLogin.start(request("client-2", null)).authorizationRequest().getQuery())
                .contains("client_id=client-2");
    }

    @Test
    void refusesIncompleteRequestsUnknownPlatformsAndDeployments() {
        assertRejected(() -> startLogin.start(new StartLogin.LoginRequest(ISSUER, " ", TOOL + "/lti/launch", null,
                "client-1", null)), "LTI-LOGIN-INVALID", 400);
        assertRejected(() -> startLogin.start(new StartLogin.LoginRequest(ISSUER, "hint", null, null, "client-1",
                null)), "LTI-LOGIN-INVALID", 400);
        assertRejected(() -> startLogin.start(request("client-9", null)), "LTI-PLATFORM-UNKNOWN", 400);
        assertRejected(() -> startLogin.start(new StartLogin.LoginRequest("https://other.example", "hint",
                TOOL + "/lti/launch", null, null, null)), "LTI-PLATFORM-UNKNOWN", 400);
        assertRejected(() -> startLogin.start(request("client-1", "99")), "LTI-DEPLOYMENT-UNKNOWN", 403);
        assertThat(states.deleteExpired(clock.instant().plus(Duration.ofDays(1)))).as("no state stored").isZero();
    }

    @Test
    void aDisabledPlatformCannotStartALogin() {
        registrations.setStatus(registration.id(), "DISABLED");

        assertRejected(() -> startLogin.start(request("client-1", "3")), "LTI-PLATFORM-DISABLED", 403);
    }

    @Test
    void keepsTheQueryOfAnAuthorizationEndpointThatHasOne() {
        register("https://lms.example", "client-q", "https://lms.example/auth?tenant=a");

        URI redirect = startLogin.start(new StartLogin.LoginRequest("https://lms.example", "hint", TOOL + "/x", null,
                "client-q", null)).authorizationRequest();

        assertThat(redirect.getQuery()).startsWith("tenant=a&scope=openid");
        assertThat(LaunchFlow.query(redirect)).doesNotContainKey("lti_message_hint");
    }

    private static void assertRejected(Runnable call, String code, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LaunchRejected.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
