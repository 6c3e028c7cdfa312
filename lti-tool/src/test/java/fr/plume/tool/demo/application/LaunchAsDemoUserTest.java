package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.MessageType;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchAsDemoUserTest {

    private final DemoPorts ports = new DemoPorts();
    private final LaunchAsDemoUser launchAs = new LaunchAsDemoUser(ports.activities, ports.intents, ports.clock);
    private final long first = ports.activities.insert("7", "Positionnement", null, null, Map.of(), null);
    private final long second = ports.activities.insert("7", "Certification", null, null, Map.of(), "101");

    @Test
    void aStudentOpensTheChosenActivityThroughAOneTimeIntent() {
        LaunchAsDemoUser.Launch launch = launchAs.launch("202", second, MessageType.RESOURCE_LINK, "en");

        assertThat(launch.person().id()).isEqualTo("202");
        assertThat(launch.activity().id()).isEqualTo(second);
        LaunchIntent intent = ports.intents.find(launch.intentId()).orElseThrow();
        assertThat(intent).isEqualTo(new LaunchIntent(launch.intentId(), "202", "7", MessageType.RESOURCE_LINK, second,
                "en", ports.clock.instant()));
    }

    @Test
    void withoutAChoiceTheCoursesFirstActivityOpens() {
        assertThat(launchAs.launch("201", null, MessageType.RESOURCE_LINK, "fr").activity().id()).isEqualTo(first);
    }

    @Test
    void aTeacherAsksToAddAnActivityWithoutNamingOne() {
        LaunchAsDemoUser.Launch launch = launchAs.launch("101", second, MessageType.DEEP_LINKING, "fr");

        assertThat(launch.activity()).isNull();
        assertThat(ports.intents.find(launch.intentId()).orElseThrow().activityId()).isNull();
    }

    @Test
    void refusesDeepLinkingToStudentsSuspendedOrUnknownPeopleAndUnknownActivities() {
        assertProblem(() -> launchAs.launch("201", null, MessageType.DEEP_LINKING, "fr"),
                "DEMO-DEEP-LINKING-NOT-ALLOWED", 403);
        assertProblem(() -> launchAs.launch("204", null, MessageType.RESOURCE_LINK, "fr"), "DEMO-UNKNOWN-USER", 404);
        assertProblem(() -> launchAs.launch("999", null, MessageType.RESOURCE_LINK, "fr"), "DEMO-UNKNOWN-USER", 404);
        long elsewhere = ports.activities.insert("8", "Autre cours", null, null, Map.of(), null);
        assertProblem(() -> launchAs.launch("201", elsewhere, MessageType.RESOURCE_LINK, "fr"),
                "DEMO-UNKNOWN-ACTIVITY", 404);
        assertThat(ports.intents.all()).isEmpty();
    }

    static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlumeProblemException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
