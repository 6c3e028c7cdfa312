package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ContentSecurityPolicyTest {

    @Test
    void formsMayPostOnlyToTheToolAndTheRegisteredPlatforms() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("platforms", (FrameAncestors) () -> List.of("https://moodle.univ-a.example",
                "https://moodle.univ-b.example:8443"));

        String header = new ContentSecurityPolicy(beans.getBeanProvider(FrameAncestors.class)).header();

        assertThat(header).contains(
                "form-action 'self' https://moodle.univ-a.example https://moodle.univ-b.example:8443;",
                "frame-ancestors 'self' https://moodle.univ-a.example https://moodle.univ-b.example:8443")
                .doesNotContain("*");
    }

    @Test
    void withoutRegisteredPlatformsFormsPostOnlyToTheTool() {
        String header = new ContentSecurityPolicy(new StaticListableBeanFactory().getBeanProvider(FrameAncestors.class))
                .header();

        assertThat(header).contains("form-action 'self';").endsWith("frame-ancestors 'self'");
    }
}
