package fr.plume.tool.lti.web;

import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.application.RegisterPlatform;
import fr.plume.tool.lti.application.RotateToolKeys;
import fr.plume.tool.lti.application.ToolKeys;
import fr.plume.tool.lti.application.ChangeRegistrationStatus;
import fr.plume.tool.lti.application.ListRegistrations;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST for consortium administrators and scripts; errors are RFC 9457 problems with a code. */
@RestController
@RequestMapping("/api/v1/admin")
class RegistrationApiController {

    /** Body of POST /registrations: memberId or memberCode, deploymentIds as a list. */
    record RegistrationRequest(UUID memberId, String memberCode, String label, String issuer, String clientId,
            String authorizationEndpoint, String tokenEndpoint, String jwksUri, List<String> deploymentIds) {
    }

    record StatusRequest(String status) {
    }

    private final ListRegistrations registrations;
    private final ChangeRegistrationStatus changeStatus;
    private final RegisterPlatform registerPlatform;
    private final RotateToolKeys rotateToolKeys;
    private final ToolKeys toolKeys;

    RegistrationApiController(ListRegistrations registrations, ChangeRegistrationStatus changeStatus,
            RegisterPlatform registerPlatform,
            RotateToolKeys rotateToolKeys, ToolKeys toolKeys) {
        this.registrations = registrations;
        this.changeStatus = changeStatus;
        this.registerPlatform = registerPlatform;
        this.rotateToolKeys = rotateToolKeys;
        this.toolKeys = toolKeys;
    }

    @GetMapping("/registrations")
    List<RegistrationView> list() {
        return registrations.all();
    }

    @GetMapping("/registrations/{id}")
    RegistrationView one(@PathVariable UUID id) {
        return registrations.find(id)
                .orElseThrow(() -> new PlumeProblemException("LTI-REGISTRATION-NOT-FOUND", 404));
    }

    @PostMapping("/registrations")
    ResponseEntity<RegistrationView> create(@RequestBody(required = false) RegistrationRequest body) {
        if (body == null) {
            throw new PlumeProblemException("LTI-REGISTRATION-INVALID", 400, "body");
        }
        RegistrationView saved = registerPlatform.register(new RegisterPlatform.Input(body.memberId(),
                body.memberCode(), body.label(), body.issuer(), body.clientId(), body.authorizationEndpoint(),
                body.tokenEndpoint(), body.jwksUri(),
                body.deploymentIds() == null ? "" : String.join(" ", body.deploymentIds())));
        return ResponseEntity.created(URI.create("/api/v1/admin/registrations/" + saved.id())).body(saved);
    }

    @PutMapping("/registrations/{id}/status")
    RegistrationView status(@PathVariable UUID id, @RequestBody(required = false) StatusRequest body) {
        if (body == null || !List.of("ACTIVE", "DISABLED").contains(body.status())) {
            throw new PlumeProblemException("LTI-REGISTRATION-INVALID", 400, "status");
        }
        if (!changeStatus.change(id, body.status())) {
            throw new PlumeProblemException("LTI-REGISTRATION-NOT-FOUND", 404);
        }
        return one(id);
    }

    @GetMapping("/tool-keys")
    List<ToolKeys.KeyDescription> keys() {
        return toolKeys.describe();
    }

    @PostMapping("/tool-keys/rotate")
    Map<String, Object> rotate() {
        RotateToolKeys.Result result = rotateToolKeys.rotate();
        return Map.of("step", result.step().name(), "currentKid", result.currentKid(),
                "nextKid", result.nextKid() == null ? "" : result.nextKid(),
                "nextUsableFrom", result.nextUsableFrom() == null ? "" : result.nextUsableFrom().toString());
    }
}
