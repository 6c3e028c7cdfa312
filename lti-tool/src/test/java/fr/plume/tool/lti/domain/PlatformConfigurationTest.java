package fr.plume.tool.lti.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformConfigurationTest {

    private static PlatformConfiguration of(String issuer) {
        return PlatformConfiguration.parse(Map.of("issuer", issuer,
                "authorization_endpoint", issuer + "/mod/lti/auth.php", "token_endpoint", issuer + "/mod/lti/token.php",
                "jwks_uri", issuer + "/mod/lti/certs.php", "registration_endpoint", issuer + "/mod/lti/openid-registration.php"));
    }

    @Test
    void theConfigurationUrlMustStartWithTheIssuerOnAPathBoundary() {
        PlatformConfiguration moodle = of("https://moodle.example");

        assertThat(moodle.servedFrom(URI.create("https://moodle.example/mod/lti/openid-configuration.php"))).isTrue();
        assertThat(moodle.servedFrom(URI.create("https://moodle.example.evil/mod/lti/openid-configuration.php"))).isFalse();
        assertThat(moodle.servedFrom(URI.create("https://other.example/mod/lti/openid-configuration.php"))).isFalse();
        assertThat(of("https://univ.example/moodle")
                .servedFrom(URI.create("https://univ.example/moodle2/mod/lti/openid-configuration.php"))).isFalse();
    }
}
