package fr.plume.tool.demo.web;

import fr.plume.tool.demo.infra.DemoPlatformSetup;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo-only: registers an extra platform for the demo member, so the launch load generator can
 * act as its own platform (it signs its id_tokens and serves its JWKS on a loopback port) and
 * the benchmark measures the tool alone. Consortium administrators only, with an API token
 * carrying the {@code registrations:write} scope.
 */
@RestController
@Profile("demo")
class DemoLoadTestPlatformsController {

    record ExtraPlatform(String label, String issuer, String clientId, URI authorizationEndpoint, URI tokenEndpoint,
            URI jwksUri, List<String> deploymentIds) {
    }

    private final PlatformRegistrations registrations;
    private final Members members;

    DemoLoadTestPlatformsController(PlatformRegistrations registrations, Members members) {
        this.registrations = registrations;
        this.members = members;
    }

    @PostMapping("/api/v1/demo/platforms")
    RegistrationView register(@RequestBody ExtraPlatform platform, Authentication authentication) {
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_CONSORTIUM_ADMIN".equals(a.getAuthority()));
        if (!admin) {
            throw new PlumeProblemException("AUTH-FORBIDDEN", 403);
        }
        if (platform.issuer() == null || platform.clientId() == null || platform.jwksUri() == null
                || platform.authorizationEndpoint() == null) {
            throw new PlumeProblemException("DEMO-PLATFORM-INCOMPLETE", 400);
        }
        Members.Member member = members.ensure(DemoPlatformSetup.MEMBER_CODE, DemoPlatformSetup.MEMBER_NAME);
        return registrations.registerActive(new NewRegistration(member.id(),
                platform.label() == null ? "Plateforme de charge (démo)" : platform.label(), platform.issuer(),
                platform.clientId(), platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(),
                platform.deploymentIds() == null || platform.deploymentIds().isEmpty() ? List.of("1")
                        : platform.deploymentIds()));
    }
}
