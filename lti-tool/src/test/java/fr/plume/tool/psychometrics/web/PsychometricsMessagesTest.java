package fr.plume.tool.psychometrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.psychometrics.domain.FlagRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every flag and problem of the module is explained in French and in English. */
class PsychometricsMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryFlagRuleIsExplained() throws IOException {
        Properties french = load("/i18n/psychometrics.properties");
        Properties english = load("/i18n/psychometrics_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        for (FlagRule rule : FlagRule.values()) {
            assertThat(french.getProperty("psychometrics.flag." + rule.code())).as(rule.name()).isNotBlank();
        }
        for (String code : new String[] {"PSY-WINDOW", "PSY-MIN-RESPONSES", "PSY-NOT-PROMOTABLE", "PSY-BUSY"}) {
            assertThat(french.getProperty("problem." + code + ".title")).isNotBlank();
            assertThat(french.getProperty("problem." + code + ".advice")).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PsychometricsMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
