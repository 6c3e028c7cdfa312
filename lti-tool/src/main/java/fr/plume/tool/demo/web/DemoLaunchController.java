package fr.plume.tool.demo.web;

import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoRole;
import fr.plume.tool.demo.domain.DemoUser;
import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.MessageType;
import fr.plume.tool.demo.infra.DemoPlatform;
import fr.plume.tool.demo.infra.JdbcDemoActivities;
import fr.plume.tool.demo.infra.JdbcDemoLaunchIntents;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    private final DemoPlatform platform;
    private final JdbcDemoActivities activities;
    private final JdbcDemoLaunchIntents intents;
    private final Clock clock;

    DemoLaunchController(DemoPlatform platform, JdbcDemoActivities activities, JdbcDemoLaunchIntents intents, Clock clock) {
        this.platform = platform;
        this.activities = activities;
        this.intents = intents;
        this.clock = clock;
    }

    @PostMapping("/demo/platform/launch")
    String launch(@RequestParam String user, @RequestParam(required = false) Long activity,
            @RequestParam(defaultValue = "resource") String type, Locale locale, Model model) {
        DemoUser person = DemoCatalogue.user(user).filter(DemoUser::canLaunch)
                .orElseThrow(() -> new PlumeProblemException("DEMO-UNKNOWN-USER", 404));
        MessageType messageType = "deep-linking".equals(type) ? MessageType.DEEP_LINKING : MessageType.RESOURCE_LINK;
        Activity target = null;
        if (messageType == MessageType.DEEP_LINKING) {
            if (person.role() != DemoRole.TEACHER && person.role() != DemoRole.AUTHOR) {
                throw new PlumeProblemException("DEMO-DEEP-LINKING-NOT-ALLOWED", 403);
            }
        } else {
            target = activities.find(activity == null ? firstActivity() : activity)
                    .filter(a -> a.courseId().equals(DemoCatalogue.COURSE.id()))
                    .orElseThrow(() -> new PlumeProblemException("DEMO-UNKNOWN-ACTIVITY", 404));
        }
        LaunchIntent intent = new LaunchIntent(UUID.randomUUID(), person.id(), DemoCatalogue.COURSE.id(), messageType,
                target == null ? null : target.id(), locale.getLanguage(), clock.instant());
        intents.save(intent);
        model.addAttribute("course", DemoCatalogue.COURSE);
        model.addAttribute("person", person);
        model.addAttribute("activity", target);
        model.addAttribute("frameSrc", "/demo/platform/initiate/" + intent.id());
        return "demo/launch";
    }

    @GetMapping("/demo/platform/initiate/{intentId}")
    String initiate(@PathVariable UUID intentId, Model model) {
        LaunchIntent intent = intents.find(intentId)
                .orElseThrow(() -> new PlumeProblemException("DEMO-LAUNCH-EXPIRED", 410));
        String targetLinkUri = intent.activityId() == null ? platform.tool().launch().toString()
                : activities.find(intent.activityId()).map(Activity::targetLinkUri)
                        .orElse(platform.tool().launch().toString());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", platform.endpoints().issuer());
        fields.put("target_link_uri", targetLinkUri);
        fields.put("login_hint", intent.userId());
        fields.put("lti_message_hint", intent.id().toString());
        fields.put("client_id", platform.clientId());
        fields.put("lti_deployment_id", DemoPlatform.DEPLOYMENT_ID);
        model.addAttribute("action", platform.tool().login().toString());
        model.addAttribute("fields", fields);
        model.addAttribute("step", "login");
        return "demo/autopost";
    }

    private long firstActivity() {
        return activities.inCourse(DemoCatalogue.COURSE.id()).stream().findFirst().map(Activity::id)
                .orElseThrow(() -> new PlumeProblemException("DEMO-UNKNOWN-ACTIVITY", 404));
    }
}
