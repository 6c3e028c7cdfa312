package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoCourse;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.PlatformEndpoints;
import fr.plume.tool.demo.domain.ToolEndpoints;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's front page: the course with its activities, its people with their launch buttons,
 * and the values an administrator would paste into Moodle and into the tool.
 */
@Component
@Profile("demo")
public class ShowDemoCourse {

    public record CoursePage(DemoCourse course, List<DemoUser> users, List<Activity> activities,
            PlatformEndpoints platform, String clientId, String deploymentId, ToolEndpoints tool) {
    }

    private final DemoPlatform platform;
    private final Activities activities;

    public ShowDemoCourse(DemoPlatform platform, Activities activities) {
        this.platform = platform;
        this.activities = activities;
    }

    public CoursePage show() {
        DemoCourse course = DemoCatalogue.COURSE;
        return new CoursePage(course, DemoCatalogue.USERS, activities.inCourse(course.id()), platform.endpoints(),
                platform.clientId(), DemoPlatform.DEPLOYMENT_ID, platform.tool());
    }
}
