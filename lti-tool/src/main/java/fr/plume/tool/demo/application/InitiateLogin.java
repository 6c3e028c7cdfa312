package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.FormPost;
import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.LaunchIntents;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The framed page of a launch posts the OIDC third-party login initiation to the tool (LTI Core
 * §5.1.1; Moodle's lti_initiate_login), naming the pending launch as {@code lti_message_hint}.
 */
@Component
@Profile("demo")
public class InitiateLogin {

    private final DemoPlatform platform;
    private final Activities activities;
    private final LaunchIntents intents;

    public InitiateLogin(DemoPlatform platform, Activities activities, LaunchIntents intents) {
        this.platform = platform;
        this.activities = activities;
        this.intents = intents;
    }

    public FormPost initiate(UUID intentId) {
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
        return new FormPost(platform.tool().login().toString(), fields);
    }
}
