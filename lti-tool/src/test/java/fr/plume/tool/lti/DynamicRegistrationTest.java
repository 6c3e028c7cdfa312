package fr.plume.tool.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.application.RegistrationInvitations;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dynamic Registration against WireMock answering with the shapes of Moodle's
 * mod/lti/openid-configuration.php and mod/lti/openid-registration.php.
 */
@PlumeIntegrationTest
class DynamicRegistrationTest {

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    RegistrationInvitations invitations;

    private WireMockServer moodle;
    private Http http;
    private String issuer;

    @BeforeEach
    void start() {
        moodle = MoodleDynamicRegistration.startedSite();
        issuer = moodle.baseUrl();
        http = new Http(port);
        members.ensure("dynreg-univ", "Université de l’enregistrement");
    }

    @AfterEach
    void stop() {
        moodle.stop();
    }

    private HttpResponse<String> register(String configurationUrl, String memberCode, String signature) {
        return http.get("/lti/register?openid_configuration=" + enc(configurationUrl)
                + "&registration_token=" + MoodleDynamicRegistration.REGISTRATION_TOKEN + "&member=" + enc(memberCode) + "&sig=" + enc(signature));
    }

    private HttpResponse<String> register() {
        return register(issuer + "/mod/lti/openid-configuration.php", "dynreg-univ", invitations.signature("dynreg-univ"));
    }

    @Test
    void registersWithMoodleAndStoresIssuerClientAndDeployment() {
        MoodleDynamicRegistration.configuration(moodle, issuer);
        MoodleDynamicRegistration.registersAs(moodle, "dyn-client-1", 7);

        HttpResponse<String> page = register();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Activer").contains("/js/lti-register-close.js")
                .contains("Université de l’enregistrement");
        RegistrationView stored = registrations.find(issuer, "dyn-client-1").orElseThrow();
        assertThat(stored.deploymentIds()).containsExactly("7");
        assertThat(stored.status()).isEqualTo("ACTIVE");
        assertThat(stored.jwksUri().toString()).isEqualTo(issuer + "/mod/lti/certs.php");
        assertThat(stored.memberId()).isEqualTo(members.findByCode("dynreg-univ").orElseThrow().id());

        String tool = "https://purl.imsglobal.org/spec/lti-tool-configuration";
        moodle.verify(postRequestedFor(urlPathEqualTo("/mod/lti/openid-registration.php"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.response_types[0]", equalTo("id_token")))
                .withRequestBody(matchingJsonPath("$.token_endpoint_auth_method", equalTo("private_key_jwt")))
                .withRequestBody(matchingJsonPath("$.initiate_login_uri", equalTo("http://localhost:8080/lti/login")))
                .withRequestBody(matchingJsonPath("$.redirect_uris[0]", equalTo("http://localhost:8080/lti/launch")))
                .withRequestBody(matchingJsonPath("$.jwks_uri", equalTo("http://localhost:8080/.well-known/jwks.json")))
                .withRequestBody(matchingJsonPath("$.scope",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("lti-ags/scope/score")))
                .withRequestBody(matchingJsonPath("$.scope",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("contextmembership.readonly")))
                .withRequestBody(matchingJsonPath("$['" + tool + "'].domain", equalTo("localhost:8080")))
                .withRequestBody(matchingJsonPath("$['" + tool + "'].target_link_uri"))
                .withRequestBody(matchingJsonPath("$['" + tool + "'].messages[?(@.type == 'LtiDeepLinkingRequest')]"))
                .withRequestBody(matchingJsonPath("$['" + tool + "'].claims[?(@ == 'email')]")));
    }

    @Test
    void anExpiredOrUsedTokenGivesAClearPage() {
        MoodleDynamicRegistration.configuration(moodle, issuer);
        moodle.stubFor(post(urlEqualTo("/mod/lti/openid-registration.php"))
                .willReturn(aResponse().withStatus(401).withBody("token_already_used")));

        HttpResponse<String> page = register();

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("LTI-REGISTER-TOKEN-REJECTED").contains("<main");
    }

    @Test
    void aConfigurationClaimingAnotherIssuerIsRefusedBeforeAnyRegistration() {
        MoodleDynamicRegistration.configuration(moodle, "https://moodle.somewhere-else.example");

        HttpResponse<String> page = register();

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("LTI-REGISTER-ISSUER-MISMATCH");
        moodle.verify(0, postRequestedFor(urlPathEqualTo("/mod/lti/openid-registration.php")));
    }

    @Test
    void aPlatformRefusalIsShownWithItsReason() {
        MoodleDynamicRegistration.configuration(moodle, issuer);
        moodle.stubFor(post(urlEqualTo("/mod/lti/openid-registration.php"))
                .willReturn(aResponse().withStatus(400).withBody("missing required attribute client_name")));

        HttpResponse<String> page = register();

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("LTI-REGISTER-REFUSED").contains("missing required attribute client_name");
    }

    @Test
    void anUnreachablePlatformIsExplained() {
        String gone = issuer;
        moodle.stop();

        HttpResponse<String> page = register(gone + "/mod/lti/openid-configuration.php", "dynreg-univ",
                invitations.signature("dynreg-univ"));

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("LTI-REGISTER-UNREACHABLE");
    }

    @Test
    void withoutTheConsortiumsSignedInvitationNothingIsFetched() {
        MoodleDynamicRegistration.configuration(moodle, issuer);

        HttpResponse<String> page = register(issuer + "/mod/lti/openid-configuration.php", "dynreg-univ", "forged");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("LTI-REGISTER-INVITATION-INVALID");
        assertThat(moodle.getAllServeEvents()).isEmpty();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
