package fr.plume.tool.lti.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepLinkingSettingsTest {

    @Test
    void readsBooleansSentAsStrings() {
        DeepLinkingSettings settings = DeepLinkingSettings.parse(Map.of("deep_link_return_url",
                "https://moodle.example/mod/lti/contentitem_return.php", "accept_multiple", "false",
                "accept_lineitem", "true", "auto_create", "TRUE"));

        assertThat(settings.acceptMultiple()).isFalse();
        assertThat(settings.acceptLineItem()).isTrue();
        assertThat(settings.autoCreate()).isTrue();
    }

    @Test
    void readsRealBooleansAndDefaultsWhenAbsent() {
        DeepLinkingSettings settings = DeepLinkingSettings.parse(Map.of("deep_link_return_url",
                "https://moodle.example/r", "accept_multiple", false));

        assertThat(settings.acceptMultiple()).isFalse();
        assertThat(settings.acceptLineItem()).isTrue();
        assertThat(settings.acceptsLtiResourceLink()).isTrue();
    }

    @Test
    void refusesSettingsWithoutAnAbsoluteReturnUrl() {
        assertThat(DeepLinkingSettings.parse(Map.of("deep_link_return_url", "/relative"))).isNull();
        assertThat(DeepLinkingSettings.parse(Map.of("accept_multiple", true))).isNull();
    }
}
