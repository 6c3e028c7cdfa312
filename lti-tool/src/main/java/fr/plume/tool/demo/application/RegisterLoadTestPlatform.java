package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo-only: registers an extra platform for the demo member, so the launch load generator can
 * act as its own platform (it signs its id_tokens and serves its JWKS on a loopback port) and
 * the benchmark measures the tool alone. Callers check that a consortium administrator asks.
 */
@Component
@Profile("demo")
public class RegisterLoadTestPlatform {

    /** The platform as the load generator describes itself; label and deployments are optional. */
    public record ExtraPlatform(String label, String issuer, String clientId, URI authorizationEndpoint,
            URI tokenEndpoint, URI jwksUri, List<String> deploymentIds) {
    }

    private final PlatformRegistrations registrations;
    private final Members members;

    public RegisterLoadTestPlatform(PlatformRegistrations registrations, Members members) {
        this.registrations = registrations;
        this.members = members;
    }

    public RegistrationView register(ExtraPlatform platform) {
        if (platform.issuer() == null || platform.clientId() == null || platform.jwksUri() == null
                || platform.authorizationEndpoint() == null) {
            throw new PlumeProblemException("DEMO-PLATFORM-INCOMPLETE", 400);
        }
        Members.Member member = members.ensure(DemoCatalogue.MEMBER_CODE, DemoCatalogue.MEMBER_NAME);
        return registrations.registerActive(new NewRegistration(member.id(),
                platform.label() == null ? "Plateforme de charge (démo)" : platform.label(), platform.issuer(),
                platform.clientId(), platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(),
                platform.deploymentIds() == null || platform.deploymentIds().isEmpty() ? List.of("1")
                        : platform.deploymentIds()));
    }
}
