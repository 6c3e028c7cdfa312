package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;

/**
 * The token carries a nonce (Security Framework §5.1.3 step 9). That it is this login's and
 * unspent is checked by CompleteLaunch, which holds the stores.
 */
public final class NonceValidator implements ClaimsValidator {

    @Override
    public void validate(JWTClaimsSet claims, RegistrationView registration) {
        if (Claims.blank(Claims.string(claims, "nonce"))) {
            throw new LaunchRejected("LTI-NONCE-MISSING", 400);
        }
    }
}
