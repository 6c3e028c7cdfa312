package fr.plume.tool.lti.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.MoodleDynamicRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.lti.domain.PlatformUrls;
import fr.plume.tool.lti.infra.LtiAdapters;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import fr.plume.tool.shared.domain.DeploymentSecret;
import fr.plume.tool.shared.infra.TestPublicUrl;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.InMemoryMembers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dynamic Registration over real HTTP to a Moodle played by WireMock: the invitation, the
 * configuration's issuer and endpoints, the tool's registration request, Moodle's answers.
 */
class RegisterDynamicallyTest {

    private static final String TOOL = "https://plume.example";
    private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final InMemoryMembers members = new InMemoryMembers();
    private final RegistrationInvitations invitations =
            new RegistrationInvitations(new DeploymentSecret("a-secret-of-at-least-thirty-two-bytes!"));
    private final RegisterDynamically registerDynamically = new RegisterDynamically(
            LtiAdapters.registrationHttp(new LtiSettings(null, null, null, null, null, Duration.ofSeconds(2))),
            new PlatformUrls(false), registrations, members, invitations, TestPublicUrl.of(TOOL));
    private final Members.Member member = members.ensure("uni-a", "Université A");

    private WireMockServer moodle;
    private String issuer;

    @BeforeEach
    void start() {
        moodle = MoodleDynamicRegistration.startedSite();
        issuer = moodle.baseUrl();
    }

    @AfterEach
    void stop() {
        moodle.stop();
    }

    private RegisterDynamically.Result register() {
        return registerDynamically.register(issuer + MoodleDynamicRegistration.CONFIGURATION_PATH,
                MoodleDynamicRegistration.REGISTRATION_TOKEN, "uni-a", invitations.signature("uni-a"));
    }

    @Test
    void registersTheToolAndStoresIssuerClientAndDeploymentForTheInvitedMember() {
        MoodleDynamicRegistration.configuration(moodle, issuer);
        MoodleDynamicRegistration.registersAs(moodle, "dyn-client-1", 7);

        RegisterDynamically.Result result = register();

        assertThat(result.member()).isEqualTo(member);
        assertThat(result.productFamily()).isEqualTo("Moodle");
        RegistrationView stored = registrations.find(issuer, "dyn-client-1").orElseThrow();
        assertThat(result.registration()).isEqualTo(stored);
        assertThat(stored.memberId()).isEqualTo(member.id());
        assertThat(stored.status()).isEqualTo("ACTIVE");
        assertThat(stored.label()).isEqualTo("Moodle localhost");
        assertThat(stored.deploymentIds()).containsExactly("7");
        assertThat(stored.authorizationEndpoint().toString()).isEqualTo(issuer + "/mod/lti/auth.php");
        assertThat(stored.tokenEndpoint().toString()).isEqualTo(issuer + "/mod/lti/token.php");
        assertThat(stored.jwksUri().toString()).isEqualTo(issuer + "/mod/lti/certs.php");
        moodle.verify(postRequestedFor(urlPathEqualTo(MoodleDynamicRegistration.REGISTRATION_PATH))
                .withHeader("Authorization", equalTo("Bearer " + MoodleDynamicRegistration.REGISTRATION_TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.initiate_login_uri", equalTo(TOOL + "/lti/login")))
                .withRequestBody(matchingJsonPath("$.redirect_uris[0]", equalTo(TOOL + "/lti/launch")))
                .withRequestBody(matchingJsonPath("$.jwks_uri", equalTo(TOOL + "/.well-known/jwks.json")))
                .withRequestBody(matchingJsonPath("$['" + TOOL_CONFIGURATION + "'].domain", equalTo("plume.example"))));
    }

    @Test
    void withoutTheConsortiumsSignatureNothingIsFetched() {
        MoodleDynamicRegistration.configuration(moodle, issuer);

        assertRejected(() -> registerDynamically.register(issuer + MoodleDynamicRegistration.CONFIGURATION_PATH,
                MoodleDynamicRegistration.REGISTRATION_TOKEN, "uni-a", "forged"), "LTI-REGISTER-INVITATION-INVALID", 403);
        String unknown = "uni-unknown";
        assertRejected(() -> registerDynamically.register(issuer + MoodleDynamicRegistration.CONFIGURATION_PATH,
                MoodleDynamicRegistration.REGISTRATION_TOKEN, unknown, invitations.signature(unknown)),
                "LTI-REGISTER-INVITATION-INVALID", 403);
        assertThat(moodle.getAllServeEvents()).isEmpty();
    }

    @Test
    void aConfigurationUrlTheToolMayNotCallIsRefusedBeforeAnyCall() {
        assertRejected(() -> registerDynamically.register("http://moodle.example/mod/lti/openid-configuration.php",
                MoodleDynamicRegistration.REGISTRATION_TOKEN, "uni-a", invitations.signature("uni-a")),
                "LTI-REGISTER-CONFIGURATION-MISSING", 400);
        assertRejected(() -> registerDynamically.register(null, MoodleDynamicRegistration.REGISTRATION_TOKEN, "uni-a",
                invitations.signature("uni-a")), "LTI-REGISTER-CONFIGURATION-MISSING", 400);
    }

    @Test
    void aConfigurationClaimingAnotherIssuerIsRefusedBeforeAnyRegistration() {
        MoodleDynamicRegistration.configuration(moodle, "https://moodle.somewhere-else.example");

        assertRejected(this::register, "LTI-REGISTER-ISSUER-MISMATCH", 400);
        moodle.verify(0, postRequestedFor(urlPathEqualTo(MoodleDynamicRegistration.REGISTRATION_PATH)));
        assertThat(registrations.all()).isEmpty();
    }

    @Test
    void anUnavailableOrInvalidConfigurationIsExplained() {
        moodle.stubFor(get(urlEqualTo(
                MoodleDynamicRegistration.CONFIGURATION_PATH)).willReturn(aResponse().withStatus(503)));
        assertRejected(this::register, "LTI-REGISTER-CONFIGURATION-UNAVAILABLE", 502);

        moodle.stubFor(get(urlEqualTo(
                MoodleDynamicRegistration.CONFIGURATION_PATH)).willReturn(okJson("{\"issuer\":\"" + issuer + "\"}")));
        assertRejected(this::register, "LTI-REGISTER-CONFIGURATION-INVALID", 400);
    }

    @Test
    void anExpiredOrUsedTokenIsNamedAsSuch() {
        MoodleDynamicRegistration.configuration(moodle, issuer);
        moodle.stubFor(post(urlEqualTo(MoodleDynamicRegistration.REGISTRATION_PATH))
                .willReturn(aResponse().withStatus(401).withBody("token_already_used")));

        assertRejected(this::register, "LTI-REGISTER-TOKEN-REJECTED", 400);
        assertThat(registrations.all()).isEmpty();
    }

    @Test
    void aPlatformRefusalCarriesItsReason() {
        MoodleDynamicRegistration.configuration(moodle, issuer);
        moodle.stubFor(post(urlEqualTo(MoodleDynamicRegistration.REGISTRATION_PATH))
                .willReturn(aResponse().withStatus(400).withBody("missing required\n attribute client_name")));

        assertThatThrownBy(this::register).isInstanceOfSatisfying(PlumeProblemException.class, e -> {
            assertThat(e.code()).isEqualTo("LTI-REGISTER-REFUSED");
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.arguments()).containsExactly(400, "missing required attribute client_name");
        });
    }

    @Test
    void anAnswerWithoutClientIdStoresNothing() {
        MoodleDynamicRegistration.configuration(moodle, issuer);
        moodle.stubFor(post(urlEqualTo(MoodleDynamicRegistration.REGISTRATION_PATH))
                .willReturn(okJson("{\"client_name\":\"Plume\"}")));

        assertRejected(this::register, "LTI-REGISTER-RESPONSE-INVALID", 502);
        assertThat(registrations.all()).isEmpty();
    }

    @Test
    void anUnreachablePlatformIsExplained() {
        moodle.stop();

        assertRejected(this::register, "LTI-REGISTER-UNREACHABLE", 502);
    }

    private static void assertRejected(Runnable call, String code, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PlumeProblemException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
