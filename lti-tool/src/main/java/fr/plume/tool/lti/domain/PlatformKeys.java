package fr.plume.tool.lti.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import fr.plume.tool.lti.api.RegistrationView;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/** A platform's verification keys, found by kid (its JWKS refetched when the kid is unknown). */
public interface PlatformKeys {

    Optional<RSAKey> key(RegistrationView registration, String kid);

    /** The key as the JDK verifies with; building it decodes the modulus, so adapters may keep it. */
    default RSAPublicKey publicKey(RSAKey key) throws JOSEException {
        return key.toRSAPublicKey();
    }
}
