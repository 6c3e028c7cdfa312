package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.LaunchAsDemoUserTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.demo.domain.DeepLinkData;
import fr.plume.tool.demo.domain.FormPost;
import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.MessageType;
import fr.plume.tool.lti.api.LtiClaims;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthenticateLaunchTest {

    private static final String REDIRECT = "https://plume.example/lti/launch";

    private final DemoPorts ports = new DemoPorts();
    private final AuthenticateLaunch authenticate = new AuthenticateLaunch(ports.platform, ports.intents,
            ports.activities, ports.keys, ports.clock);
    private final long activity = ports.activities.insert("7", "Positionnement", null, null, Map.of(), null);

    private UUID intent(String user, MessageType type) {
        UUID id = UUID.randomUUID();
        ports.intents.save(new LaunchIntent(id, user, "7", type, type == MessageType.DEEP_LINKING ? null : activity,
                "fr", ports.clock.instant()));
        return id;
    }

    private static Map<String, String> request(String user, UUID hint) {
        Map<String, String> params = new HashMap<>(Map.of("scope", "openid", "response_type", "id_token",
                "client_id", DemoPorts.CLIENT_ID, "login_hint", user, "nonce", "nonce-1", "response_mode", "form_post",
                "prompt", "none", "redirect_uri", REDIRECT, "state", "state-1"));
        params.put("lti_message_hint", hint.toString());
        return params;
    }

    private JWTClaimsSet verified(FormPost answer) throws Exception {
        SignedJWT jwt = SignedJWT.parse(answer.fields().get("id_token"));
        assertThat(jwt.verify(new RSASSAVerifier(ports.keys.key.toRSAPublicKey()))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    @Test
    void answersWithASignedIdTokenAndTheStatePostedToTheRedirectUri() throws Exception {
        FormPost answer = authenticate.authenticate(request("202", intent("202", MessageType.RESOURCE_LINK)));

        assertThat(answer.action()).isEqualTo(REDIRECT);
        assertThat(answer.fields()).containsOnlyKeys("id_token", "state").containsEntry("state", "state-1");
        JWTClaimsSet claims = verified(answer);
        assertThat(claims.getSubject()).isEqualTo("202");
        assertThat(claims.getAudience()).containsExactly(DemoPorts.CLIENT_ID);
        assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-1");
        assertThat(claims.getJSONObjectClaim(LtiClaims.RESOURCE_LINK)).containsEntry("id", String.valueOf(activity));
        assertThat(claims.getJSONObjectClaim(LtiClaims.LAUNCH_PRESENTATION))
                .containsEntry("return_url", "https://plume.example/demo");
    }

    @Test
    void aDeepLinkingRequestCarriesDataNamingTheCourseAndTheTeacher() throws Exception {
        FormPost answer = authenticate.authenticate(request("101", intent("101", MessageType.DEEP_LINKING)));

        Object data = verified(answer).getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS).get("data");
        assertThat(DeepLinkData.read(data)).hasValueSatisfying(parts -> {
            assertThat(parts[0]).isEqualTo("7");
            assertThat(parts[1]).isEqualTo("101");
        });
    }

    @Test
    void anIntentServesOnce() {
        UUID hint = intent("202", MessageType.RESOURCE_LINK);
        authenticate.authenticate(request("202", hint));

        FormPost replay = authenticate.authenticate(request("202", hint));

        assertThat(replay.fields()).containsExactly(Map.entry("error", "invalid_request"), Map.entry("state", "state-1"));
    }

    @Test
    void refusesInMoodlesOrderWithTheOAuthErrorCode() {
        assertThat(error(p -> p.remove("nonce"))).isEqualTo("invalid_request");
        assertThat(error(p -> p.put("scope", "profile"))).isEqualTo("invalid_scope");
        assertThat(error(p -> p.put("response_type", "code"))).isEqualTo("unsupported_response_type");
        assertThat(error(p -> p.put("client_id", "someone-else"))).isEqualTo("unauthorized_client");
        assertThat(error(p -> p.put("response_mode", "query"))).isEqualTo("invalid_request");
        assertThat(error(p -> p.put("prompt", "login"))).isEqualTo("invalid_request");
        assertThat(error(p -> p.put("lti_message_hint", "not-a-uuid"))).isEqualTo("invalid_request");
        assertThat(error(p -> p.put("login_hint", "201"))).isEqualTo("access_denied");
    }

    @Test
    void neverPostsToAnUnregisteredRedirectUri() {
        Map<String, String> params = request("202", intent("202", MessageType.RESOURCE_LINK));
        params.put("redirect_uri", "https://attacker.example/collect");

        assertProblem(() -> authenticate.authenticate(params), "DEMO-AUTH-REDIRECT-URI", 400);
    }

    private String error(java.util.function.Consumer<Map<String, String>> change) {
        Map<String, String> params = request("202", intent("202", MessageType.RESOURCE_LINK));
        change.accept(params);
        FormPost answer = authenticate.authenticate(params);
        assertThat(answer.fields()).doesNotContainKey("id_token").containsEntry("state", "state-1");
        return answer.fields().get("error");
    }
}
