package fr.plume.tool.demo.application;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.demo.domain.DeepLinkData;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.DemoRole;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ToolSignatures;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Deep Linking return (DL 2.0 §4.5; Moodle's contentitem_return.php): the tool's signed
 * LtiDeepLinkingResponse is verified against the tool's JWKS, must echo the request's
 * {@code data}, and each ltiResourceLink becomes an activity of the demo course.
 */
@Component
@Profile("demo")
public class ReceiveDeepLink {

    static final String PATH = "/demo/platform/deep-link-return";
    private static final Logger log = LoggerFactory.getLogger(ReceiveDeepLink.class);

    /** What was placed, with the message and error message the tool asked the platform to show. */
    public record Placement(List<PlacedItems.Placed> placed, Object message, Object errorMessage) {
    }

    private final ToolSignatures signatures;
    private final DemoPlatform platform;
    private final PlacedItems placedItems;
    private final ServiceLog serviceLog;

    public ReceiveDeepLink(ToolSignatures signatures, DemoPlatform platform, PlacedItems placedItems,
            ServiceLog serviceLog) {
        this.signatures = signatures;
        this.platform = platform;
        this.placedItems = placedItems;
        this.serviceLog = serviceLog;
    }

    /** Refuses with DEMO-DEEP-LINK-INVALID (400), logged with the reason, when anything is wrong. */
    public Placement receive(String jwt) {
        if (jwt == null || jwt.isBlank()) {
            throw refused("no JWT form field");
        }
        JWTClaimsSet claims;
        try {
            claims = signatures.deepLinkingResponse(jwt);
        } catch (ToolSignatures.Rejected e) {
            throw refused(e.getMessage());
        }
        if (!"LtiDeepLinkingResponse".equals(claims.getClaim(LtiClaims.MESSAGE_TYPE))
                || !"1.3.0".equals(claims.getClaim(LtiClaims.VERSION))
                || !DemoPlatform.DEPLOYMENT_ID.equals(claims.getClaim(LtiClaims.DEPLOYMENT_ID))) {
            throw refused("message_type, version or deployment_id wrong");
        }
        String[] data = DeepLinkData.read(claims.getClaim(LtiClaims.DL_DATA))
                .orElseThrow(() -> refused("data not echoed"));
        DemoUser placedBy = DemoCatalogue.user(data[1])
                .filter(u -> u.role() == DemoRole.TEACHER || u.role() == DemoRole.AUTHOR)
                .orElseThrow(() -> refused("data names no teacher"));
        if (DemoCatalogue.course(data[0]).isEmpty()) {
            throw refused("data names no course");
        }
        List<PlacedItems.Placed> placed;
        try {
            placed = placedItems.place(data[0], placedBy.id(), claims.getClaim(LtiClaims.DL_CONTENT_ITEMS));
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
        serviceLog.record("POST", PATH, platform.clientId(), 200, claims.toString(),
                placed.size() + " activities placed");
        log.info("event=demo.platform.deep-link-received items={}", placed.size());
        return new Placement(placed, claims.getClaim(LtiClaims.DL_MSG), claims.getClaim(LtiClaims.DL_ERRORMSG));
    }

    private PlumeProblemException refused(String why) {
        log.info("event=demo.platform.deep-link-refused reason={}", why);
        serviceLog.record("POST", PATH, null, 400, null, why);
        return new PlumeProblemException("DEMO-DEEP-LINK-INVALID", 400);
    }
}
