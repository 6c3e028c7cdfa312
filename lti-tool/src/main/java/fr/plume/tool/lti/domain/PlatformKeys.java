package fr.plume.tool.lti.domain;

import com.nimbusds.jose.jwk.RSAKey;
import fr.plume.tool.lti.api.RegistrationView;
import java.util.Optional;

/** A platform's verification keys, found by kid (its JWKS refetched when the kid is unknown). */
public interface PlatformKeys {

    Optional<RSAKey> key(RegistrationView registration, String kid);
}
