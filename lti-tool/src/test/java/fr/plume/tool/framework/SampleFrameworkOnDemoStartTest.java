package fr.plume.tool.framework;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.model.Framework;
import fr.plume.tool.framework.api.Frameworks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plume.db.embedded.data-dir=target/demo-start-pg", "plume.db.embedded.clean-on-start=true"})
@ActiveProfiles({"demo", "test"})
class SampleFrameworkOnDemoStartTest {

    @Autowired
    Frameworks frameworks;

    @Test
    void loadsTheSampleFrameworkOnTheFirstDemoStart() {
        Framework sample = frameworks.current().orElseThrow().framework();

        assertThat(sample.code()).isEqualTo("PLUME-ECRIT");
        assertThat(sample.domains()).hasSize(4);
        assertThat(sample.domains()).allSatisfy(domain -> assertThat(domain.competencies()).hasSize(4));
        assertThat(frameworks.list()).hasSize(1);
    }
}
