package fr.plume.tool.demo.web;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoRole;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.demo.infra.DemoPlatform;
import fr.plume.tool.demo.infra.JdbcDemoServiceLog;
import fr.plume.tool.demo.infra.DemoToolJwtVerifier;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Deep Linking return URL (DL 2.0 §4.5; Moodle's contentitem_return.php): the tool's signed
 * LtiDeepLinkingResponse arrives as the form field {@code JWT}; it is verified against the tool's
 * JWKS, and each ltiResourceLink becomes an activity of the demo course.
 */
@Controller
@Profile("demo")
class DemoDeepLinkReturnController {

    private static final Logger log = LoggerFactory.getLogger(DemoDeepLinkReturnController.class);

    private final DemoToolJwtVerifier verifier;
    private final DemoPlatform platform;
    private final DemoPlacedItems placedItems;
    private final JdbcDemoServiceLog serviceLog;

    DemoDeepLinkReturnController(DemoToolJwtVerifier verifier, DemoPlatform platform, DemoPlacedItems placedItems,
            JdbcDemoServiceLog serviceLog) {
        this.verifier = verifier;
        this.platform = platform;
        this.placedItems = placedItems;
        this.serviceLog = serviceLog;
    }

    @PostMapping("/demo/platform/deep-link-return")
    String placed(@RequestParam(name = "JWT", required = false) String jwt, Model model) {
        if (jwt == null || jwt.isBlank()) {
            throw refused("no JWT form field");
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.deepLinkingResponse(jwt);
        } catch (DemoToolJwtVerifier.Rejected e) {
            throw refused(e.getMessage());
        }
        if (!"LtiDeepLinkingResponse".equals(claims.getClaim(LtiClaims.MESSAGE_TYPE))
                || !"1.3.0".equals(claims.getClaim(LtiClaims.VERSION))
                || !DemoPlatform.DEPLOYMENT_ID.equals(claims.getClaim(LtiClaims.DEPLOYMENT_ID))) {
            throw refused("message_type, version or deployment_id wrong");
        }
        String[] data = DemoAuthenticationController.DeepLinkData.read(claims.getClaim(LtiClaims.DL_DATA))
                .orElseThrow(() -> refused("data not echoed"));
        DemoUser placedBy = DemoCatalogue.user(data[1])
                .filter(u -> u.role() == DemoRole.TEACHER || u.role() == DemoRole.AUTHOR)
                .orElseThrow(() -> refused("data names no teacher"));
        if (DemoCatalogue.course(data[0]).isEmpty()) {
            throw refused("data names no course");
        }
        List<DemoPlacedItems.Placed> placed;
        try {
            placed = placedItems.place(data[0], placedBy.id(), claims.getClaim(LtiClaims.DL_CONTENT_ITEMS));
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
        serviceLog.record("POST", "/demo/platform/deep-link-return", platform.clientId(), 200, claims.toString(),
                placed.size() + " activities placed");
        log.info("event=demo.platform.deep-link-received items={}", placed.size());
        model.addAttribute("placed", placed);
        model.addAttribute("message", claims.getClaim(LtiClaims.DL_MSG));
        model.addAttribute("errorMessage", claims.getClaim(LtiClaims.DL_ERRORMSG));
        model.addAttribute("course", DemoCatalogue.COURSE);
        return "demo/placed";
    }

    private PlumeProblemException refused(String why) {
        log.info("event=demo.platform.deep-link-refused reason={}", why);
        serviceLog.record("POST", "/demo/platform/deep-link-return", null, 400, null, why);
        return new PlumeProblemException("DEMO-DEEP-LINK-INVALID", 400);
    }
}
