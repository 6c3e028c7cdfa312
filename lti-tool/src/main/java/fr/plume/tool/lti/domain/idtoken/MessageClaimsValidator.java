package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.lti.domain.LaunchRejected;
import java.util.List;
import java.util.Map;

/**
 * The claims each message requires: a subject and roles (LTI Core §5.3.6, §5.3.7), the resource
 * link of a resource link launch (§5.3.5), the settings of a Deep Linking request (Deep
 * Linking §4.4.1).
 */
public final class MessageClaimsValidator implements ClaimsValidator {

    @Override
    public void validate(JWTClaimsSet claims, RegistrationView registration) {
        if (Claims.blank(claims.getSubject())) {
            throw new LaunchRejected("LTI-SUB-MISSING", 400);
        }
        if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?>)) {
            throw new LaunchRejected("LTI-ROLES-MISSING", 400);
        }
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(Claims.string(claims, LtiClaims.MESSAGE_TYPE))) {
            Map<String, Object> link = Claims.object(claims, LtiClaims.RESOURCE_LINK);
            if (link == null || Claims.blank(Claims.text(link.get("id")))) {
                throw new LaunchRejected("LTI-RESOURCE-LINK-MISSING", 400);
            }
        } else if (DeepLinkingSettings.parse(Claims.object(claims, LtiClaims.DEEP_LINKING_SETTINGS)) == null) {
            throw new LaunchRejected("LTI-DEEP-LINKING-SETTINGS-MISSING", 400);
        }
    }
}
