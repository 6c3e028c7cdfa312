package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.InitiateLogin;
import fr.plume.tool.demo.application.LaunchAsDemoUser;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.FormPost;
import fr.plume.tool.demo.domain.MessageType;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start of every demo launch, as Moodle's mod/lti/launch.php does it: the activity page
 * frames the tool (launch container "embed"), and the frame posts the OIDC third-party login
 * initiation to the tool (LTI Core §5.1.1; Moodle's lti_initiate_login).
 */
@Controller
@Profile("demo")
class DemoLaunchController {

    private final LaunchAsDemoUser launchAsDemoUser;
    private final InitiateLogin initiateLogin;

    DemoLaunchController(LaunchAsDemoUser launchAsDemoUser, InitiateLogin initiateLogin) {
        this.launchAsDemoUser = launchAsDemoUser;
        this.initiateLogin = initiateLogin;
    }

    @PostMapping("/demo/platform/launch")
    String launch(@RequestParam String user, @RequestParam(required = false) Long activity,
            @RequestParam(defaultValue = "resource") String type, Locale locale, Model model) {
        MessageType messageType = "deep-linking".equals(type) ? MessageType.DEEP_LINKING : MessageType.RESOURCE_LINK;
        LaunchAsDemoUser.Launch launch = launchAsDemoUser.launch(user, activity, messageType, locale.getLanguage());
        model.addAttribute("course", DemoCatalogue.COURSE);
        model.addAttribute("person", launch.person());
        model.addAttribute("activity", launch.activity());
        model.addAttribute("frameSrc", "/demo/platform/initiate/" + launch.intentId());
        return "demo/launch";
    }

    @GetMapping("/demo/platform/initiate/{intentId}")
    String initiate(@PathVariable UUID intentId, Model model) {
        FormPost login = initiateLogin.initiate(intentId);
        model.addAttribute("action", login.action());
        model.addAttribute("fields", login.fields());
        model.addAttribute("step", "login");
        return "demo/autopost";
    }
}
