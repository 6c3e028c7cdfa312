package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoRole;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.LaunchIntents;
import fr.plume.tool.demo.domain.MessageType;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A demo button: a person of the demo course opens an activity (resource link) or, as a teacher
 * or author, adds one (Deep Linking). The launch is kept as a one-time intent whose id travels as
 * {@code lti_message_hint}, like Moodle's mod/lti/launch.php keeps it in the session.
 */
@Component
@Profile("demo")
public class LaunchAsDemoUser {

    /** Who launches which activity (null for Deep Linking), and the intent the frame initiates. */
    public record Launch(DemoUser person, Activity activity, UUID intentId) {
    }

    private final Activities activities;
    private final LaunchIntents intents;
    private final Clock clock;

    public LaunchAsDemoUser(Activities activities, LaunchIntents intents, Clock clock) {
        this.activities = activities;
        this.intents = intents;
        this.clock = clock;
    }

    /**
     * @param activityId the activity to open, the course's first when null (ignored for Deep Linking)
     * @param language   the language the launch asks the tool to speak
     */
    public Launch launch(String userId, Long activityId, MessageType messageType, String language) {
        DemoUser person = DemoCatalogue.user(userId).filter(DemoUser::canLaunch)
                .orElseThrow(() -> new PlumeProblemException("DEMO-UNKNOWN-USER", 404));
        Activity target = null;
        if (messageType == MessageType.DEEP_LINKING) {
            if (person.role() != DemoRole.TEACHER && person.role() != DemoRole.AUTHOR) {
                throw new PlumeProblemException("DEMO-DEEP-LINKING-NOT-ALLOWED", 403);
            }
        } else {
            target = activities.find(activityId == null ? firstActivity() : activityId)
                    .filter(a -> a.courseId().equals(DemoCatalogue.COURSE.id()))
                    .orElseThrow(() -> new PlumeProblemException("DEMO-UNKNOWN-ACTIVITY", 404));
        }
        LaunchIntent intent = new LaunchIntent(UUID.randomUUID(), person.id(), DemoCatalogue.COURSE.id(), messageType,
                target == null ? null : target.id(), language, clock.instant());
        intents.save(intent);
        return new Launch(person, target, intent.id());
    }

    private long firstActivity() {
        return activities.inCourse(DemoCatalogue.COURSE.id()).stream().findFirst().map(Activity::id)
                .orElseThrow(() -> new PlumeProblemException("DEMO-UNKNOWN-ACTIVITY", 404));
    }
}
