package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.PublishPlatformKeys;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform's public keys (Moodle's mod/lti/certs.php). */
@RestController
@Profile("demo")
class DemoJwksController {

    private final PublishPlatformKeys publishPlatformKeys;

    DemoJwksController(PublishPlatformKeys publishPlatformKeys) {
        this.publishPlatformKeys = publishPlatformKeys;
    }

    @GetMapping("/demo/platform/jwks")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache()).body(publishPlatformKeys.jwks());
    }
}
