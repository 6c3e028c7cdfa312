package fr.plume.tool.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A Moodle site's side of LTI Dynamic Registration on WireMock, with the shapes of Moodle's
 * mod/lti/openid-configuration.php and mod/lti/openid-registration.php.
 */
public final class MoodleDynamicRegistration {

    public static final String CONFIGURATION_PATH = "/mod/lti/openid-configuration.php";
    public static final String REGISTRATION_PATH = "/mod/lti/openid-registration.php";
    /** The one-time registration token Moodle hands the tool with the configuration URL. */
    public static final String REGISTRATION_TOKEN = "reg-token-123";

    private MoodleDynamicRegistration() {
    }

    /** A Moodle site on WireMock, started on a free port: stop it after the test (or to make it unreachable). */
    public static WireMockServer startedSite() {
        WireMockServer moodle = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        moodle.start();
        return moodle;
    }

    /** Moodle's openid-configuration.php, declaring {@code declaredIssuer} as its issuer. */
    public static void configuration(WireMockServer moodle, String declaredIssuer) {
        moodle.stubFor(get(urlEqualTo(CONFIGURATION_PATH)).willReturn(okJson("""
                {
                    "issuer": "%1$s",
                    "token_endpoint": "%1$s/mod/lti/token.php",
                    "token_endpoint_auth_methods_supported": ["private_key_jwt"],
                    "token_endpoint_auth_signing_alg_values_supported": ["RS256"],
                    "jwks_uri": "%1$s/mod/lti/certs.php",
                    "authorization_endpoint": "%1$s/mod/lti/auth.php",
                    "registration_endpoint": "%1$s/mod/lti/openid-registration.php",
                    "scopes_supported": ["https://purl.imsglobal.org/spec/lti-bo/scope/basicoutcome",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                        "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting", "openid"],
                    "response_types_supported": ["id_token"],
                    "subject_types_supported": ["public", "pairwise"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                    "claims_supported": ["sub", "iss", "name", "given_name", "family_name", "email"],
                    "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                        "product_family_code": "moodle",
                        "version": "4.5.1 (Build: 20241209)",
                        "messages_supported": ["LtiResourceLinkRequest", "LtiDeepLinkingRequest"],
                        "placements": ["AddContentMenu"],
                        "variables": ["basic-lti-launch-request", "Context.id", "CourseSection.title"]
                    }
                }""".formatted(declaredIssuer))));
    }

    /** Moodle's openid-registration.php accepting {@link #REGISTRATION_TOKEN}: client {@code clientId}, deployment {@code typeId}. */
    public static void registersAs(WireMockServer moodle, String clientId, int typeId) {
        moodle.stubFor(post(urlEqualTo(REGISTRATION_PATH))
                .withHeader("Authorization", equalTo("Bearer " + REGISTRATION_TOKEN))
                .willReturn(okJson("""
                        {
                            "client_id": "%s",
                            "token_endpoint_auth_method": "private_key_jwt",
                            "response_types": ["id_token"],
                            "jwks_uri": "http://localhost:8080/.well-known/jwks.json",
                            "initiate_login_uri": "http://localhost:8080/lti/login",
                            "grant_types": ["client_credentials", "implicit"],
                            "redirect_uris": ["http://localhost:8080/lti/launch"],
                            "application_type": ["web"],
                            "client_name": "Plume",
                            "logo_uri": "",
                            "https://purl.imsglobal.org/spec/lti-tool-configuration": {
                                "deployment_id": "%d",
                                "target_link_uri": "http://localhost:8080/lti/launch",
                                "domain": "localhost:8080",
                                "description": "",
                                "messages": [{"type": "LtiDeepLinkingRequest", "target_link_uri": "http://localhost:8080/lti/launch"}],
                                "claims": ["sub", "iss", "name", "family_name", "middle_name", "email"]
                            },
                            "scope": "https://purl.imsglobal.org/spec/lti-ags/scope/score https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
                        }""".formatted(clientId, typeId))));
    }
}
