package fr.plume.tool.demo.web;

import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.infra.DemoPlatform;
import fr.plume.tool.demo.infra.JdbcDemoActivities;
import fr.plume.tool.demo.infra.JdbcDemoGradebook;
import fr.plume.tool.demo.infra.JdbcDemoLineItems;
import fr.plume.tool.demo.infra.JdbcDemoServiceLog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The demo's pages: the course with its people and launch buttons, and the gradebook. */
@Controller
@Profile("demo")
class DemoPageController {

    private final DemoPlatform platform;
    private final JdbcDemoActivities activities;
    private final JdbcDemoLineItems lineItems;
    private final JdbcDemoGradebook gradebook;
    private final JdbcDemoServiceLog serviceLog;

    DemoPageController(DemoPlatform platform, JdbcDemoActivities activities, JdbcDemoLineItems lineItems,
            JdbcDemoGradebook gradebook, JdbcDemoServiceLog serviceLog) {
        this.platform = platform;
        this.activities = activities;
        this.lineItems = lineItems;
        this.gradebook = gradebook;
        this.serviceLog = serviceLog;
    }

    @GetMapping("/demo")
    String demo(Model model) {
        String course = DemoCatalogue.COURSE.id();
        model.addAttribute("course", DemoCatalogue.COURSE);
        model.addAttribute("users", DemoCatalogue.USERS);
        model.addAttribute("activities", activities.inCourse(course));
        model.addAttribute("platform", platform.endpoints());
        model.addAttribute("clientId", platform.clientId());
        model.addAttribute("deploymentId", DemoPlatform.DEPLOYMENT_ID);
        model.addAttribute("tool", platform.tool());
        return "demo/index";
    }

    @GetMapping("/demo/gradebook")
    String gradebook(Model model) {
        String course = DemoCatalogue.COURSE.id();
        List<LineItem> columns = lineItems.inCourse(course, null, null, null);
        Map<String, Grade> grades = new HashMap<>();
        for (Grade grade : gradebook.inCourse(course)) {
            grades.put(grade.lineItemId() + "/" + grade.userId(), grade);
        }
        Map<Long, String> activityTitles = new HashMap<>();
        activities.inCourse(course).forEach((Activity a) -> activityTitles.put(a.id(), a.title()));
        List<DemoUser> students = DemoCatalogue.activeMembers(course).stream().filter(DemoUser::gradable).toList();
        model.addAttribute("course", DemoCatalogue.COURSE);
        model.addAttribute("columns", columns);
        model.addAttribute("students", students);
        model.addAttribute("grades", grades);
        model.addAttribute("activityTitles", activityTitles);
        model.addAttribute("requests", serviceLog.recent(25));
        return "demo/gradebook";
    }
}
