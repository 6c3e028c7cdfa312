package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;

/** The deployment is one of the registration's (LTI Core §5.3.3). */
public final class DeploymentValidator implements ClaimsValidator {

    @Override
    public void validate(JWTClaimsSet claims, RegistrationView registration) {
        String deploymentId = Claims.string(claims, LtiClaims.DEPLOYMENT_ID);
        if (Claims.blank(deploymentId)) {
            throw new LaunchRejected("LTI-DEPLOYMENT-MISSING", 400);
        }
        if (!registration.deploymentIds().contains(deploymentId)) {
            throw new LaunchRejected("LTI-DEPLOYMENT-UNKNOWN", 403);
        }
    }
}
