package fr.plume.tool.lti.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolBaseUrlTest {

    @Test
    void aToolUnderAPathOwnsOnlyThatPath() {
        ToolBaseUrl tool = ToolBaseUrl.of("https://univ.example/plume/");

        assertThat(tool.owns("https://univ.example/plume/lti/launch")).isTrue();
        assertThat(tool.owns("https://univ.example/plume")).isTrue();
        assertThat(tool.owns("https://univ.example/plumeria/lti/launch")).isFalse();
        assertThat(tool.owns("https://univ.example/other/lti/launch")).isFalse();
        assertThat(tool.owns("https://univ.example/plume/../other")).isFalse();
    }
}
