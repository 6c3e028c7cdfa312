package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.DemoCatalogue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowDemoCourseTest {

    private final DemoPorts ports = new DemoPorts();

    @Test
    void showsTheCourseItsPeopleAndWhatToPasteIntoMoodle() {
        long activity = ports.activities.insert("7", "Positionnement", null, null, Map.of(), null);
        ports.activities.insert("8", "Autre cours", null, null, Map.of(), null);

        ShowDemoCourse.CoursePage page = new ShowDemoCourse(ports.platform, ports.activities).show();

        assertThat(page.course()).isEqualTo(DemoCatalogue.COURSE);
        assertThat(page.users()).isEqualTo(DemoCatalogue.USERS);
        assertThat(page.activities()).extracting(a -> a.id()).containsExactly(activity);
        assertThat(page.platform().issuer()).isEqualTo("https://plume.example/demo/platform");
        assertThat(page.clientId()).isEqualTo(DemoPorts.CLIENT_ID);
        assertThat(page.deploymentId()).isEqualTo("1");
        assertThat(page.tool().login()).hasToString("https://plume.example/lti/login");
    }
}
