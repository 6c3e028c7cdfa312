package fr.plume.tool.shared.web;

import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Plume is, for whom, and (in demo mode) the way into the demo. */
@Controller
class HomeController {

    private final boolean demo;

    HomeController(Environment environment) {
        this.demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("demo", demo);
        return "home";
    }
}
