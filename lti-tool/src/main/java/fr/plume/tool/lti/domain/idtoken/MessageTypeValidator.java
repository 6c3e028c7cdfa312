package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import java.util.Set;

/** LTI 1.3.0, and a message type the tool handles (LTI Core §5.3.1, §5.3.2). */
public final class MessageTypeValidator implements ClaimsValidator {

    private static final Set<String> MESSAGE_TYPES =
            Set.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);

    @Override
    public void validate(JWTClaimsSet claims, RegistrationView registration) {
        String version = Claims.string(claims, LtiClaims.VERSION);
        if (version == null) {
            throw new LaunchRejected("LTI-VERSION-MISSING", 400);
        }
        if (!LtiClaims.SUPPORTED_VERSION.equals(version)) {
            throw new LaunchRejected("LTI-VERSION-UNSUPPORTED", 400);
        }
        String messageType = Claims.string(claims, LtiClaims.MESSAGE_TYPE);
        if (Claims.blank(messageType)) {
            throw new LaunchRejected("LTI-MESSAGE-TYPE-MISSING", 400);
        }
        if (!MESSAGE_TYPES.contains(messageType)) {
            throw new LaunchRejected("LTI-MESSAGE-TYPE-UNSUPPORTED", 400);
        }
    }
}
