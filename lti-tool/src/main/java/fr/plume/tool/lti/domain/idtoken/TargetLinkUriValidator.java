package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.ToolBaseUrl;
import java.util.function.Supplier;

/**
 * A resource link launch names its target_link_uri (LTI Core §5.3.4), and any target is an
 * address of this tool: a signed launch meant for another tool (or another host) must not open
 * a session here.
 */
public final class TargetLinkUriValidator implements ClaimsValidator {

    private final Supplier<ToolBaseUrl> tool;

    public TargetLinkUriValidator(ToolBaseUrl tool) {
        this(() -> tool);
    }

    /** The tool's address read at each launch (it may be known only once the server listens). */
    public TargetLinkUriValidator(Supplier<ToolBaseUrl> tool) {
        this.tool = tool;
    }

    @Override
    public void validate(JWTClaimsSet claims, RegistrationView registration) {
        String target = Claims.string(claims, LtiClaims.TARGET_LINK_URI);
        boolean resourceLink = LtiClaims.RESOURCE_LINK_REQUEST.equals(Claims.string(claims, LtiClaims.MESSAGE_TYPE));
        if (resourceLink && Claims.blank(target)) {
            throw new LaunchRejected("LTI-TARGET-LINK-URI-MISSING", 400);
        }
        if (target != null && !tool.get().owns(target)) {
            throw new LaunchRejected("LTI-TARGET-LINK-URI-FOREIGN", 400);
        }
    }
}
