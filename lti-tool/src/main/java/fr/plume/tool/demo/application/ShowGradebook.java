package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoCourse;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.Gradebook;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ServiceLogEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The course gradebook, as a teacher sees Moodle's grader report: a column per line item, a row
 * per gradable student, and under it the latest calls the platform's services received.
 */
@Component
@Profile("demo")
public class ShowGradebook {

    static final int RECENT_REQUESTS = 25;

    /** {@code grades} are keyed by "lineItemId/userId"; {@code requests} are newest first. */
    public record GradebookPage(DemoCourse course, List<LineItem> columns, List<DemoUser> students,
            Map<String, Grade> grades, Map<Long, String> activityTitles, List<ServiceLogEntry> requests) {
    }

    private final Activities activities;
    private final LineItems lineItems;
    private final Gradebook gradebook;
    private final ServiceLog serviceLog;

    public ShowGradebook(Activities activities, LineItems lineItems, Gradebook gradebook, ServiceLog serviceLog) {
        this.activities = activities;
        this.lineItems = lineItems;
        this.gradebook = gradebook;
        this.serviceLog = serviceLog;
    }

    public GradebookPage show() {
        String course = DemoCatalogue.COURSE.id();
        List<LineItem> columns = lineItems.inCourse(course, null, null, null);
        Map<String, Grade> grades = new HashMap<>();
        for (Grade grade : gradebook.inCourse(course)) {
            grades.put(grade.lineItemId() + "/" + grade.userId(), grade);
        }
        Map<Long, String> activityTitles = new HashMap<>();
        activities.inCourse(course).forEach(a -> activityTitles.put(a.id(), a.title()));
        List<DemoUser> students = DemoCatalogue.activeMembers(course).stream().filter(DemoUser::gradable).toList();
        return new GradebookPage(DemoCatalogue.COURSE, columns, students, grades, activityTitles,
                serviceLog.recent(RECENT_REQUESTS));
    }
}
