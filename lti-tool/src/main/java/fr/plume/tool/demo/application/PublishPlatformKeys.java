package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.PlatformKeys;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The platform publishes the public half of its signing key (Moodle's mod/lti/certs.php). */
@Component
@Profile("demo")
public class PublishPlatformKeys {

    private final PlatformKeys keys;

    public PublishPlatformKeys(PlatformKeys keys) {
        this.keys = keys;
    }

    /** The JWK Set as JSON members, public parameters only. */
    public Map<String, Object> jwks() {
        return keys.publicJwks().toJSONObject(true);
    }
}
