package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.lti.domain.ToolBaseUrl;
import fr.plume.tool.lti.domain.idtoken.TimeValidator;
import fr.plume.tool.lti.support.InMemoryLaunchRecords;
import fr.plume.tool.lti.support.InMemoryMemberAttributions;
import fr.plume.tool.lti.domain.MemberAttribution;
import java.util.UUID;
import fr.plume.tool.lti.support.InMemoryLoginStates;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.lti.support.InMemoryUsedNonces;
import fr.plume.tool.shared.infra.TestPublicUrl;
import fr.plume.tool.support.InMemoryMembers;
import fr.plume.tool.support.MovableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launch at the redirect URI, after a real login of this browser, with id_tokens signed by
 * the test platform's RSA key: state and browser binding, the token's checks, the one-time nonce,
 * the records and where the launch lands.
 */
class CompleteLaunchTest {

    private static final String TOOL = "http://localhost:8080";
    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final Map<String, String> COURSE = Map.of("id", "course-7", "label", "FLE1", "title", "Français écrit");
    private static final Map<String, String> LINK = Map.of("id", "link-9", "title", "Diagnostic");

    private static TestPlatform platform;

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final InMemoryLoginStates states = new InMemoryLoginStates();
    private final InMemoryUsedNonces nonces = new InMemoryUsedNonces();
    private final InMemoryLaunchRecords records = new InMemoryLaunchRecords(nonces);
    private final StartLogin startLogin = new StartLogin(registrations, states,
            new LtiSettings(Duration.ofMinutes(10), null, null, null, null, null), clock, TestPublicUrl.of(TOOL));
    private final InMemoryMemberAttributions attributions = new InMemoryMemberAttributions();
    private CompleteLaunch completeLaunch;
    private RegistrationView registration;

    @BeforeAll
    static void start() {
        platform = new TestPlatform("https://moodle.complete-launch.test", "plume-client", "1");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void register() {
        registration = platform.register(registrations, new InMemoryMembers(), "uni-a");
        completeLaunch = new CompleteLaunch(states, registrations, nonces, records,
                new ValidateIdToken(platform.verificationKeys(), clock, ToolBaseUrl.of(TOOL)), attributions, clock);
    }

    private StartLogin.LoginRedirect login() {
        return startLogin.start(new StartLogin.LoginRequest(platform.issuer(), "hint-42", LaunchFlow.TOOL_LAUNCH_URL,
                "{\"cmid\":7}", platform.clientId(), platform.deploymentId()));
    }

    private static String nonce(StartLogin.LoginRedirect login) {
        return LaunchFlow.query(login.authorizationRequest()).get("nonce");
    }

    private Map<String, Object> claims(StartLogin.LoginRedirect login, String sub, String role) {
        return platform.resourceLinkClaims(sub, nonce(login), List.of(role), COURSE, LINK, Map.of("plume_kind",
                "DIAGNOSTIC"), LaunchFlow.TOOL_LAUNCH_URL, clock.instant());
    }

    private CompleteLaunch.Outcome complete(StartLogin.LoginRedirect login, String idToken) {
        return completeLaunch.complete(login.state(), idToken, Map.of(login.cookieName(), login.cookieValue()));
    }

    @Test
    void aTeacherLaunchIsRecordedAndLandsOnTheClassPageOfItsCourse() {
        StartLogin.LoginRedirect login = login();
        Map<String, Object> claims = claims(login, "teacher-1", INSTRUCTOR);

        CompleteLaunch.Outcome outcome = complete(login, platform.idToken(claims));

        assertThat(outcome.context().memberId()).isEqualTo(registration.memberId());
        assertThat(outcome.context().registrationId()).isEqualTo(registration.id());
        assertThat(outcome.context().roles()).containsExactly(LtiRole.INSTRUCTOR);
        assertThat(outcome.context().messageType()).isEqualTo(LtiClaims.RESOURCE_LINK_REQUEST);
        assertThat(outcome.context().custom()).containsEntry("plume_kind", "DIAGNOSTIC");
        assertThat(outcome.context().userId()).isNotNull();
        assertThat(outcome.context().resourceLinkId()).isNotNull();
        assertThat(outcome.landingPath()).isEqualTo("/class/" + outcome.context().contextId());
        assertThat(outcome.deepLinking()).isNull();
        assertThat(outcome.deploymentId()).isEqualTo(platform.deploymentId());
        assertThat(records.recorded()).singleElement().satisfies(recorded -> {
            assertThat(recorded.subject()).isEqualTo("teacher-1");
            assertThat(recorded.context().id()).isEqualTo("course-7");
        });
    }

    @Test
    void aSharedPlatformsLaunchGoesToTheMemberItsCourseIdNumberNames() {
        UUID other = UUID.randomUUID();
        attributions.save(new MemberAttribution(registration.id(), MemberAttribution.Source.COURSE_SOURCEDID, null,
                "-", Map.of("univb", other)));
        StartLogin.LoginRedirect login = login();
        Map<String, Object> claims = claims(login, "student-b", LEARNER);
        claims.put(LtiClaims.LIS, Map.of("course_section_sourcedid", "UnivB-FLE-2026", "person_sourcedid", "x"));

        CompleteLaunch.Outcome outcome = complete(login, platform.idToken(claims));

        assertThat(outcome.context().memberId()).isEqualTo(other);
        assertThat(outcome.context().registrationId()).isEqualTo(registration.id());
    }

    @Test
    void aSharedPlatformsLaunchWithAnUnlistedValueStaysWithTheRegistrationsMember() {
        attributions.save(new MemberAttribution(registration.id(), MemberAttribution.Source.CUSTOM_PARAMETER,
                "university", null, Map.of("UNIV-B", UUID.randomUUID())));
        StartLogin.LoginRedirect login = login();
        Map<String, Object> claims = claims(login, "student-c", LEARNER);
        claims.put(LtiClaims.CUSTOM, Map.of("university", "UNIV-Z"));

        CompleteLaunch.Outcome outcome = complete(login, platform.idToken(claims));

        assertThat(outcome.context().memberId()).isEqualTo(registration.memberId());
    }

    @Test
    void theNonceIsSpentForLongerThanTheTokenLives() {
        StartLogin.LoginRedirect login = login();
        Map<String, Object> claims = claims(login, "student-1", LEARNER);

        complete(login, platform.idToken(claims));

        Instant expiry = Instant.ofEpochSecond((Long) claims.get("exp"));
        assertThat(nonces.keptUntil(platform.issuer(), nonce(login)))
                .isEqualTo(expiry.plus(TimeValidator.LEEWAY).plus(Duration.ofMinutes(5)));
    }

    @Test
    void aLearnerLandsOnTheStudentPagesInTheLaunchLocale() {
        StartLogin.LoginRedirect login = login();
        Map<String, Object> claims = claims(login, "student-1", LEARNER);
        claims.put(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", "fr_CA"));

        CompleteLaunch.Outcome outcome = complete(login, platform.idToken(claims));

        assertThat(outcome.landingPath()).isEqualTo("/app");
        assertThat(outcome.context().locale()).isEqualTo(Locale.forLanguageTag("fr-CA"));
    }

    @Test
    void theSamePersonLaunchingAgainIsTheSameUser() {
        StartLogin.LoginRedirect first = login();
        CompleteLaunch.Outcome one = complete(first, platform.idToken(claims(first, "student-1", LEARNER)));
        StartLogin.LoginRedirect second = login();
        CompleteLaunch.Outcome two = complete(second, platform.idToken(claims(second, "student-1", LEARNER)));

        assertThat(two.context().userId()).isEqualTo(one.context().userId());
        assertThat(two.context().contextId()).isEqualTo(one.context().contextId());
    }

    @Test
    void aStateIsUsedOnce() {
        StartLogin.LoginRedirect login = login();
        String token = platform.idToken(claims(login, "student-1", LEARNER));
        complete(login, token);

        assertRejected(() -> complete(login, token), "LTI-STATE-UNKNOWN", 400);
    }

    @Test
    void aTokenReplayedInALaterLoginIsNamedAReplay() {
        StartLogin.LoginRedirect first = login();
        String token = platform.idToken(claims(first, "student-1", LEARNER));
        complete(first, token);

        StartLogin.LoginRedirect later = login();
        assertRejected(() -> complete(later, token), "LTI-NONCE-REUSED", 401);
        assertThat(records.recorded()).hasSize(1);
    }

    @Test
    void aTokenIssuedForAnotherLoginIsANonceMismatch() {
        StartLogin.LoginRedirect mine = login();
        StartLogin.LoginRedirect other = login();
        String othersToken = platform.idToken(claims(other, "student-1", LEARNER));

        assertRejected(() -> complete(mine, othersToken), "LTI-NONCE-MISMATCH", 401);
        assertThat(records.recorded()).isEmpty();
    }

    @Test
    void withoutTheStateCookieTheLaunchOffersToStartAgainWithThePlatformsHints() {
        StartLogin.LoginRedirect login = login();
        String token = platform.idToken(claims(login, "student-1", LEARNER));

        assertThatThrownBy(() -> completeLaunch.complete(login.state(), token, Map.of()))
                .isInstanceOfSatisfying(StateCookieMissing.class, missing -> {
                    assertThat(missing.code()).isEqualTo("LTI-STATE-COOKIE-MISSING");
                    assertThat(missing.relaunch().getPath()).isEqualTo("/lti/login");
                    assertThat(LaunchFlow.query(missing.relaunch())).containsEntry("iss", platform.issuer())
                            .containsEntry("client_id", platform.clientId()).containsEntry("login_hint", "hint-42")
                            .containsEntry("lti_message_hint", "{\"cmid\":7}")
                            .containsEntry("target_link_uri", LaunchFlow.TOOL_LAUNCH_URL)
                            .containsEntry("lti_deployment_id", platform.deploymentId());
                });
        assertThat(records.recorded()).isEmpty();
    }

    @Test
    void aStateCookieOfAnotherLoginOrAWrongValueIsAMismatch() {
        StartLogin.LoginRedirect mine = login();
        StartLogin.LoginRedirect other = login();
        String token = platform.idToken(claims(mine, "student-1", LEARNER));

        assertRejected(() -> completeLaunch.complete(mine.state(), token,
                Map.of(other.cookieName(), other.cookieValue())), "LTI-STATE-MISMATCH", 401);
        StartLogin.LoginRedirect again = login();
        assertRejected(() -> completeLaunch.complete(again.state(), token,
                Map.of(again.cookieName(), other.cookieValue())), "LTI-STATE-MISMATCH", 401);
    }

    @Test
    void aLoginLeftOpenTooLongHasExpired() {
        StartLogin.LoginRedirect login = login();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertRejected(() -> complete(login, platform.idToken(claims(login, "student-1", LEARNER))),
                "LTI-STATE-EXPIRED", 400);
    }

    @Test
    void aMissingStateOrTokenIsRefused() {
        assertRejected(() -> completeLaunch.complete(null, "x", Map.of()), "LTI-STATE-MISSING", 400);
        StartLogin.LoginRedirect login = login();
        assertRejected(() -> complete(login, " "), "LTI-TOKEN-MISSING", 400);
    }

    @Test
    void aPlatformDisabledDuringTheLoginCannotLaunch() {
        StartLogin.LoginRedirect login = login();
        registrations.setStatus(registration.id(), "DISABLED");

        assertRejected(() -> complete(login, platform.idToken(claims(login, "student-1", LEARNER))),
                "LTI-PLATFORM-DISABLED", 403);
    }

    @Test
    void aTamperedTokenIsRefusedAndSpendsNoNonce() {
        StartLogin.LoginRedirect login = login();
        Map<String, Object> claims = claims(login, "student-1", LEARNER);
        String signed = platform.idToken(claims);
        claims.put(LtiClaims.ROLES, List.of(INSTRUCTOR));

        assertRejected(() -> complete(login, TestPlatform.tamper(signed, claims)), "LTI-SIGNATURE-INVALID", 401);
        assertThat(nonces.spent(platform.issuer(), nonce(login))).isFalse();
    }

    @Test
    void aTeacherDeepLinkingRequestGoesToThePicker() {
        StartLogin.LoginRedirect login = login();
        CompleteLaunch.Outcome outcome = complete(login, platform.idToken(deepLinking(login, INSTRUCTOR)));

        assertThat(outcome.landingPath()).isEqualTo("/lti/deep-link");
        assertThat(outcome.deepLinking().returnUrl()).isEqualTo(URI.create(platform.issuer() + "/dl/return"));
        assertThat(outcome.deepLinking().data()).isEqualTo("opaque-7");
        assertThat(outcome.context().resourceLinkId()).isNull();
    }

    @Test
    void aLearnerCannotPlaceContent() {
        StartLogin.LoginRedirect login = login();

        assertRejected(() -> complete(login, platform.idToken(deepLinking(login, LEARNER))),
                "LTI-DEEP-LINKING-FORBIDDEN", 403);
        assertThat(records.recorded()).isEmpty();
    }

    private Map<String, Object> deepLinking(StartLogin.LoginRedirect login, String role) {
        Map<String, Object> claims = claims(login, "someone", role);
        claims.remove(LtiClaims.RESOURCE_LINK);
        claims.put(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST);
        claims.put(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", platform.issuer() + "/dl/return",
                "accept_types", List.of("ltiResourceLink"), "data", "opaque-7"));
        return claims;
    }

    private static void assertRejected(Runnable call, String code, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LaunchRejected.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
