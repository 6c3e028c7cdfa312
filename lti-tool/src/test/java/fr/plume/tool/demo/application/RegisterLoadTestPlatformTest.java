package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterLoadTestPlatformTest {

    private final DemoPorts ports = new DemoPorts();
    private final RegisterLoadTestPlatform register = new RegisterLoadTestPlatform(ports.registrations, ports.members);

    private static RegisterLoadTestPlatform.ExtraPlatform platform(String label, String issuer, List<String> deployments) {
        return new RegisterLoadTestPlatform.ExtraPlatform(label, issuer, "load-client",
                URI.create("http://127.0.0.1:9999/auth"), URI.create("http://127.0.0.1:9999/token"),
                URI.create("http://127.0.0.1:9999/jwks"), deployments);
    }

    @Test
    void registersAnActivePlatformForTheDemoMemberWithDefaults() {
        RegistrationView view = register.register(platform(null, "http://127.0.0.1:9999", null));

        assertThat(view.memberId()).isEqualTo(ports.members.findByCode("demo").orElseThrow().id());
        assertThat(view.label()).isEqualTo("Plateforme de charge (démo)");
        assertThat(view.deploymentIds()).containsExactly("1");
        assertThat(view.status()).isEqualTo("ACTIVE");
    }

    @Test
    void keepsTheGivenLabelAndDeployments() {
        RegistrationView view = register.register(platform("Charge A", "http://127.0.0.1:9999", List.of("4", "5")));

        assertThat(view.label()).isEqualTo("Charge A");
        assertThat(view.deploymentIds()).containsExactly("4", "5");
    }

    @Test
    void refusesAPlatformWithoutIssuer() {
        assertThatThrownBy(() -> register.register(platform(null, null, null)))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("DEMO-PLATFORM-INCOMPLETE"));
        assertThat(ports.registrations.all()).isEmpty();
    }
}
