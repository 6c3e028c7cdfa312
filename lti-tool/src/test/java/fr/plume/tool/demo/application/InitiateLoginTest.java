package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.LaunchAsDemoUserTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.FormPost;
import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.MessageType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InitiateLoginTest {

    private final DemoPorts ports = new DemoPorts();
    private final InitiateLogin initiateLogin = new InitiateLogin(ports.platform, ports.activities, ports.intents);

    private UUID intent(String user, MessageType type, Long activity) {
        UUID id = UUID.randomUUID();
        ports.intents.save(new LaunchIntent(id, user, "7", type, activity, "fr", ports.clock.instant()));
        return id;
    }

    @Test
    void postsTheThirdPartyLoginInitiationToTheToolInMoodlesOrder() {
        long activity = ports.activities.insert("7", "Positionnement", null, null, Map.of(), null);
        UUID id = intent("202", MessageType.RESOURCE_LINK, activity);

        FormPost login = initiateLogin.initiate(id);

        assertThat(login.action()).isEqualTo("https://plume.example/lti/login");
        assertThat(login.fields()).containsExactly(
                Map.entry("iss", "https://plume.example/demo/platform"),
                Map.entry("target_link_uri", "https://plume.example/lti/launch"),
                Map.entry("login_hint", "202"),
                Map.entry("lti_message_hint", id.toString()),
                Map.entry("client_id", DemoPorts.CLIENT_ID),
                Map.entry("lti_deployment_id", "1"));
    }

    @Test
    void aPlacedActivityTargetsTheLinkTheToolGaveIt() {
        long placed = ports.activities.insert("7", "Module 2", null, "https://plume.example/lti/launch?a=2", Map.of(),
                "101");

        FormPost login = initiateLogin.initiate(intent("201", MessageType.RESOURCE_LINK, placed));

        assertThat(login.fields()).containsEntry("target_link_uri", "https://plume.example/lti/launch?a=2");
    }

    @Test
    void anUnknownOrUsedIntentHasExpired() {
        assertProblem(() -> initiateLogin.initiate(UUID.randomUUID()), "DEMO-LAUNCH-EXPIRED", 410);
    }
}
