package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.ToolKeys;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The tool's public keys, every one with its kid, for platforms to verify what the tool signs. */
@RestController
class JwksController {

    private final ToolKeys toolKeys;

    JwksController(ToolKeys toolKeys) {
        this.toolKeys = toolKeys;
    }

    // Public keys: the certificates' verifiers, in-browser ones included, fetch them from any site.
    @CrossOrigin(origins = "*", allowCredentials = "false", methods = RequestMethod.GET)
    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(toolKeys.publicJwks().toJSONObject(true));
    }
}
