package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.lti.api.RegistrationView;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetUpDemoPlatformTest {

    private final DemoPorts ports = new DemoPorts();
    private final SetUpDemoPlatform setUp = new SetUpDemoPlatform(ports.members, ports.registrations, ports.platform,
            ports.activities, ports.lineItems);

    @Test
    void registersThePlatformForTheDemoMemberWithMoodlesValues() {
        setUp.onReady();

        RegistrationView registration = ports.registrations.all().get(0);
        assertThat(registration.memberId()).isEqualTo(ports.members.findByCode("demo").orElseThrow().id());
        assertThat(ports.members.findByCode("demo").orElseThrow().name()).isEqualTo("Université de démonstration");
        assertThat(registration.issuer()).isEqualTo("https://plume.example/demo/platform");
        assertThat(registration.clientId()).isEqualTo(DemoPorts.CLIENT_ID);
        assertThat(registration.authorizationEndpoint()).isEqualTo(URI.create("https://plume.example/demo/platform/auth"));
        assertThat(registration.tokenEndpoint()).isEqualTo(URI.create("https://plume.example/demo/platform/token"));
        assertThat(registration.jwksUri()).isEqualTo(URI.create("https://plume.example/demo/platform/jwks"));
        assertThat(registration.deploymentIds()).containsExactly("1");
    }

    @Test
    void seedsOneGradedActivityWithItsCoupledColumn() {
        setUp.onReady();

        List<Activity> activities = ports.activities.inCourse(DemoPorts.COURSE);
        assertThat(activities).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Positionnement en français écrit");
            assertThat(a.targetLinkUri()).isNull();
        });
        LineItem column = ports.lineItems.inCourse(DemoPorts.COURSE, null, null, null).get(0);
        assertThat(column.coupled()).isTrue();
        assertThat(column.activityId()).isEqualTo(activities.get(0).id());
        assertThat(column.scoreMaximum()).as("the one grade scale")
                .isEqualByComparingTo(BigDecimal.valueOf(fr.plume.tool.shared.domain.GradeScale.MAXIMUM));
        assertThat(activities.get(0).lineItemId()).isEqualTo(column.id());
    }

    @Test
    void aRestartNeitherRegistersTwiceNorSeedsAgain() {
        setUp.onReady();
        setUp.onReady();

        assertThat(ports.registrations.all()).hasSize(1);
        assertThat(ports.members.all()).hasSize(1);
        assertThat(ports.activities.inCourse(DemoPorts.COURSE)).hasSize(1);
        assertThat(ports.lineItems.inCourse(DemoPorts.COURSE, null, null, null)).hasSize(1);
    }
}
