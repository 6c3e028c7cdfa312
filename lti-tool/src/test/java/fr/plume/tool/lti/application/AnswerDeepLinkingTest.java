package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlaceableActivities;
import fr.plume.tool.lti.api.PlaceableActivity;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.ToolKeyCipher;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.lti.support.InMemoryToolKeyStore;
import fr.plume.tool.shared.infra.TestPublicUrl;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.NoTransactions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Deep Linking picker's choices, and the LtiDeepLinkingResponse signed by the tool's current key. */
class AnswerDeepLinkingTest {

    private static final URI RETURN_URL = URI.create("https://moodle.example/mod/lti/contentitem_return.php");
    private static final PlaceableActivity DIAGNOSTIC = new PlaceableActivity("diagnostic", PlaceableActivity.Kind.DIAGNOSTIC,
            "Diagnostic", "Diagnostic test", "Situer son niveau", "Find your level", 100.0, "FR-ECR", Map.of());
    private static final PlaceableActivity PRACTICE = new PlaceableActivity("practice", PlaceableActivity.Kind.FORMATIVE,
            "Entraînement", "Practice", "S'entraîner", "Practise", null, null, Map.of("module", "m-1"));

    private final MovableClock clock = MovableClock.stopped();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final ToolKeys toolKeys = new ToolKeys(new InMemoryToolKeyStore(),
            new ToolKeyCipher("a-secret-of-sufficient-length"), clock, NoTransactions.template());
    private final UUID memberId = UUID.randomUUID();
    private final PlaceableActivities bank = member -> member.equals(memberId) ? List.of(DIAGNOSTIC, PRACTICE) : List.of();
    private final PlaceableActivities framework = member -> List.of(DIAGNOSTIC);
    private final AnswerDeepLinking answerDeepLinking = new AnswerDeepLinking(List.of(bank, framework), registrations,
            toolKeys, clock, TestPublicUrl.of("https://plume.example"));
    private final RegistrationView registration = registrations.registerActive(new NewRegistration(memberId, "Moodle",
            "https://moodle.example", "client-1", URI.create("https://moodle.example/auth"),
            URI.create("https://moodle.example/token"), URI.create("https://moodle.example/jwks"), List.of("12")));

    private static DeepLinkingSettings settings(List<String> acceptTypes, boolean acceptMultiple) {
        return new DeepLinkingSettings(RETURN_URL, acceptTypes, List.of("iframe"), acceptMultiple, true, false, null,
                null, "opaque-7");
    }

    @Test
    void offersEveryActivityOfTheMemberOnceWhateverTheSources() {
        assertThat(answerDeepLinking.choices(memberId)).containsExactly(DIAGNOSTIC, PRACTICE);
        assertThat(answerDeepLinking.choices(UUID.randomUUID())).containsExactly(DIAGNOSTIC);
    }

    @Test
    void signsALinkPerChosenActivityForThePlatformWithTheCurrentKey() throws Exception {
        AnswerDeepLinking.SignedResponse response = answerDeepLinking.answer(memberId, registration.id(), "12",
                settings(List.of("ltiResourceLink"), true), List.of("diagnostic", "practice", "diagnostic"), "en");

        assertThat(response.returnUrl()).isEqualTo(RETURN_URL);
        SignedJWT jwt = SignedJWT.parse(response.jwt());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(toolKeys.currentKey().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(toolKeys.publicJwks().getKeyByKeyId(jwt.getHeader().getKeyID())
                .toRSAKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("client-1");
        assertThat(claims.getAudience()).containsExactly("https://moodle.example");
        assertThat(claims.getIssueTime().toInstant().getEpochSecond()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(claims.getClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo(LtiClaims.DEEP_LINKING_RESPONSE);
        assertThat(claims.getClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("12");
        assertThat(claims.getClaim(LtiClaims.DL_DATA)).isEqualTo("opaque-7");
        List<Object> items = claims.getListClaim(LtiClaims.DL_CONTENT_ITEMS);
        assertThat(items).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> diagnostic = (Map<String, Object>) items.get(0);
        assertThat(diagnostic).containsEntry("type", "ltiResourceLink").containsEntry("title", "Diagnostic test")
                .containsEntry("url", "https://plume.example/lti/launch");
        assertThat(diagnostic.get("custom")).isEqualTo(Map.of("plume_activity", "diagnostic", "plume_kind",
                "DIAGNOSTIC"));
        assertThat(diagnostic).containsKey("lineItem");
        @SuppressWarnings("unchecked")
        Map<String, Object> practice = (Map<String, Object>) items.get(1);
        assertThat(practice).as("not gradable: no gradebook column").doesNotContainKey("lineItem");
    }

    @Test
    void choosingNothingAnswersWithAMessageInTheTeachersLanguage() throws Exception {
        AnswerDeepLinking.SignedResponse response = answerDeepLinking.answer(memberId, registration.id(), "12",
                settings(List.of("file"), true), List.of(), "fr");

        JWTClaimsSet claims = SignedJWT.parse(response.jwt()).getJWTClaimsSet();
        assertThat(claims.getListClaim(LtiClaims.DL_CONTENT_ITEMS)).isEmpty();
        assertThat(claims.getClaim(LtiClaims.DL_MSG)).isEqualTo("Aucune activité placée.");
    }

    @Test
    void refusesWhatThePickerDidNotOfferOrThePlatformDoesNotAccept() {
        assertRejected(() -> answerDeepLinking.answer(memberId, registration.id(), "12",
                settings(List.of("ltiResourceLink"), true), List.of("forged"), "fr"),
                "LTI-DEEP-LINKING-UNKNOWN-ACTIVITY");
        assertRejected(() -> answerDeepLinking.answer(memberId, registration.id(), "12",
                settings(List.of("file"), true), List.of("diagnostic"), "fr"), "LTI-DEEP-LINKING-TYPE-REFUSED");
        assertRejected(() -> answerDeepLinking.answer(memberId, registration.id(), "12",
                settings(List.of("ltiResourceLink"), false), List.of("diagnostic", "practice"), "fr"),
                "LTI-DEEP-LINKING-SINGLE-ONLY");
    }

    @Test
    void anotherMembersRegistrationCannotBeAnswered() {
        assertRejected(() -> answerDeepLinking.answer(UUID.randomUUID(), registration.id(), "12",
                settings(List.of("ltiResourceLink"), true), List.of("diagnostic"), "fr"), "LTI-PLATFORM-UNKNOWN");
        assertRejected(() -> answerDeepLinking.answer(memberId, UUID.randomUUID(), "12",
                settings(List.of("ltiResourceLink"), true), List.of("diagnostic"), "fr"), "LTI-PLATFORM-UNKNOWN");
    }

    private static void assertRejected(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LaunchRejected.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(400);
        });
    }
}
