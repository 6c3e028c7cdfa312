package fr.plume.tool.dashboard.web;

import fr.plume.tool.dashboard.application.ClassDashboard;
import fr.plume.tool.dashboard.application.ExportClassDashboard;
import fr.plume.tool.dashboard.application.ShowClassDashboard;
import fr.plume.tool.dashboard.application.ShowClassPage;
import fr.plume.tool.dashboard.application.ShowClassPage.ClassPage;
import fr.plume.tool.dashboard.application.ShowStudentAnswers;
import fr.plume.tool.dashboard.domain.ClassFilter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The class page where a teacher's launch lands (LandingPage sends it here by URL): the class
 * dashboard of that course, and the drill-down of one of its students.
 */
@Controller
class ClassPageController {

    private final ShowClassPage showClassPage;
    private final ShowClassDashboard showClassDashboard;
    private final ShowStudentAnswers showStudentAnswers;

    ClassPageController(ShowClassPage showClassPage, ShowClassDashboard showClassDashboard,
            ShowStudentAnswers showStudentAnswers) {
        this.showClassPage = showClassPage;
        this.showClassDashboard = showClassDashboard;
        this.showStudentAnswers = showStudentAnswers;
    }

    @GetMapping("/class")
    String classWithoutCourse(Model model) {
        describe(showClassPage.withoutCourse(), model);
        return "dashboard/class-none";
    }

    @GetMapping("/class/{contextId}")
    String classHome(@PathVariable UUID contextId, @RequestParam(required = false) String group,
            @RequestParam(required = false) String activity, @RequestParam(required = false) String page,
            Locale locale, Model model) {
        ClassDashboard dashboard = showClassDashboard.show(contextId, filter(group, activity), pageNumber(page),
                locale.getLanguage());
        describe(dashboard.page(), model);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("views", ExportClassDashboard.VIEWS);
        return "dashboard/class-home";
    }

    @GetMapping("/class/{contextId}/students/{studentKey}")
    String student(@PathVariable UUID contextId, @PathVariable String studentKey, Locale locale, Model model) {
        ShowStudentAnswers.StudentAnswers answers = showStudentAnswers.show(contextId, studentKey,
                locale.getLanguage());
        describe(answers.page(), model);
        model.addAttribute("student", answers);
        return "dashboard/class-student";
    }

    /** A page number from the address; anything else is the first page. */
    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The filter the page's form sent; an activity that is not an id filters nothing. */
    static ClassFilter filter(String group, String activity) {
        UUID activityId = null;
        if (activity != null && !activity.isBlank()) {
            try {
                activityId = UUID.fromString(activity.strip());
            } catch (IllegalArgumentException notAnId) {
                activityId = null;
            }
        }
        return new ClassFilter(group, activityId);
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
