package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.RegisterLoadTestPlatform;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.shared.domain.PlumeProblemException;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo-only: registers an extra platform for the load generator (see
 * {@link RegisterLoadTestPlatform}). Consortium administrators only, with an API token carrying
 * the {@code registrations:write} scope.
 */
@RestController
@Profile("demo")
class DemoLoadTestPlatformsController {

    private final RegisterLoadTestPlatform registerLoadTestPlatform;

    DemoLoadTestPlatformsController(RegisterLoadTestPlatform registerLoadTestPlatform) {
        this.registerLoadTestPlatform = registerLoadTestPlatform;
    }

    @PostMapping("/api/v1/demo/platforms")
    RegistrationView register(@RequestBody RegisterLoadTestPlatform.ExtraPlatform platform,
            Authentication authentication) {
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_CONSORTIUM_ADMIN".equals(a.getAuthority()));
        if (!admin) {
            throw new PlumeProblemException("AUTH-FORBIDDEN", 403);
        }
        return registerLoadTestPlatform.register(platform);
    }
}
