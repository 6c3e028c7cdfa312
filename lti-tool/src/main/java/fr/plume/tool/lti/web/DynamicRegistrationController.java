package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.RegisterDynamically;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * LTI Dynamic Registration start (Moodle opens it in a frame when its administrator pastes the
 * tool URL): {@code /lti/register?member=<code>&sig=<invitation>} plus the platform's
 * {@code openid_configuration} and {@code registration_token}.
 */
@Controller
class DynamicRegistrationController {

    private final RegisterDynamically registerDynamically;

    DynamicRegistrationController(RegisterDynamically registerDynamically) {
        this.registerDynamically = registerDynamically;
    }

    @GetMapping("/lti/register")
    String register(@RequestParam(name = "openid_configuration", required = false) String openidConfiguration,
            @RequestParam(name = "registration_token", required = false) String registrationToken,
            @RequestParam(name = "member", required = false) String member,
            @RequestParam(name = "sig", required = false) String signature, Model model) {
        RegisterDynamically.Result result =
                registerDynamically.register(openidConfiguration, registrationToken, member, signature);
        model.addAttribute("registration", result.registration());
        model.addAttribute("memberName", result.member().name());
        model.addAttribute("product", result.productFamily());
        return "lti/registered";
    }
}
