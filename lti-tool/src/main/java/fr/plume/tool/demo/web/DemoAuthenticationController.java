package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.AuthenticateLaunch;
import fr.plume.tool.demo.domain.FormPost;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The OIDC authentication endpoint (LTI Core §5.1.1.2–3; Moodle's mod/lti/auth.php): the answer,
 * id_token or error with the echoed state, is posted to the registered redirect URI.
 */
@Controller
@Profile("demo")
class DemoAuthenticationController {

    private final AuthenticateLaunch authenticateLaunch;

    DemoAuthenticationController(AuthenticateLaunch authenticateLaunch) {
        this.authenticateLaunch = authenticateLaunch;
    }

    @RequestMapping(path = "/demo/platform/auth", method = {RequestMethod.GET, RequestMethod.POST})
    String authenticate(@RequestParam Map<String, String> params, Model model) {
        FormPost answer = authenticateLaunch.authenticate(params);
        model.addAttribute("action", answer.action());
        model.addAttribute("fields", answer.fields());
        model.addAttribute("step", "launch");
        return "demo/autopost";
    }
}
