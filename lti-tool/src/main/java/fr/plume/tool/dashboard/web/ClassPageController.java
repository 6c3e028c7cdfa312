package fr.plume.tool.dashboard.web;

import fr.plume.tool.dashboard.application.ShowClassPage;
import fr.plume.tool.dashboard.application.ShowClassPage.ClassPage;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The class page where a teacher's launch lands (LandingPage sends it here by URL). */
@Controller
class ClassPageController {

    private final ShowClassPage showClassPage;

    ClassPageController(ShowClassPage showClassPage) {
        this.showClassPage = showClassPage;
    }

    @GetMapping("/class")
    String classWithoutCourse(Model model) {
        describe(showClassPage.withoutCourse(), model);
        return "dashboard/class-none";
    }

    @GetMapping("/class/{contextId}")
    String classHome(@PathVariable UUID contextId, Model model) {
        describe(showClassPage.ofCourse(contextId), model);
        return "dashboard/class-home";
    }

    private static void describe(ClassPage page, Model model) {
        model.addAttribute("launch", page.launch());
        model.addAttribute("who", page.description().displayName());
        model.addAttribute("course", page.description().contextTitle());
        model.addAttribute("link", page.description().resourceLinkTitle());
        model.addAttribute("member", page.memberName());
        model.addAttribute("roles", page.launch().roles().stream().map(Enum::name).sorted().toList());
    }
}
