package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.ReceiveDeepLink;
import fr.plume.tool.demo.domain.DemoCatalogue;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Deep Linking return URL (DL 2.0 §4.5; Moodle's contentitem_return.php): the tool's signed
 * LtiDeepLinkingResponse arrives as the form field {@code JWT}; the page lists what was placed.
 */
@Controller
@Profile("demo")
class DemoDeepLinkReturnController {

    private final ReceiveDeepLink receiveDeepLink;

    DemoDeepLinkReturnController(ReceiveDeepLink receiveDeepLink) {
        this.receiveDeepLink = receiveDeepLink;
    }

    @PostMapping("/demo/platform/deep-link-return")
    String placed(@RequestParam(name = "JWT", required = false) String jwt, Model model) {
        ReceiveDeepLink.Placement placement = receiveDeepLink.receive(jwt);
        model.addAttribute("placed", placement.placed());
        model.addAttribute("message", placement.message());
        model.addAttribute("errorMessage", placement.errorMessage());
        model.addAttribute("course", DemoCatalogue.COURSE);
        return "demo/placed";
    }
}
