package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.RegistrationView;

/**
 * One check of the claims of an id_token whose signature was verified (1EdTech Security
 * Framework §5.1.3). Throws {@link fr.plume.tool.lti.domain.LaunchRejected} with a reason code.
 */
public interface ClaimsValidator {

    void validate(JWTClaimsSet claims, RegistrationView registration);
}
