package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.ShowDemoCourse;
import fr.plume.tool.demo.application.ShowGradebook;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The demo's pages: the course with its people and launch buttons, and the gradebook. */
@Controller
@Profile("demo")
class DemoPageController {

    private final ShowDemoCourse showDemoCourse;
    private final ShowGradebook showGradebook;

    DemoPageController(ShowDemoCourse showDemoCourse, ShowGradebook showGradebook) {
        this.showDemoCourse = showDemoCourse;
        this.showGradebook = showGradebook;
    }

    @GetMapping("/demo")
    String demo(Model model) {
        ShowDemoCourse.CoursePage page = showDemoCourse.show();
        model.addAttribute("course", page.course());
        model.addAttribute("users", page.users());
        model.addAttribute("activities", page.activities());
        model.addAttribute("platform", page.platform());
        model.addAttribute("clientId", page.clientId());
        model.addAttribute("deploymentId", page.deploymentId());
        model.addAttribute("tool", page.tool());
        return "demo/index";
    }

    @GetMapping("/demo/gradebook")
    String gradebook(Model model) {
        ShowGradebook.GradebookPage page = showGradebook.show();
        model.addAttribute("course", page.course());
        model.addAttribute("columns", page.columns());
        model.addAttribute("students", page.students());
        model.addAttribute("grades", page.grades());
        model.addAttribute("activityTitles", page.activityTitles());
        model.addAttribute("requests", page.requests());
        return "demo/gradebook";
    }
}
