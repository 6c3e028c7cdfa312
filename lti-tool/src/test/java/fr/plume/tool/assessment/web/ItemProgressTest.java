package fr.plume.tool.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ItemProgressTest {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void aFixedLengthTestGivesItsLengthWithoutAtMost() {
        assertThat(text(new ItemProgress(3, 40, true), Locale.FRENCH)).isEqualTo("Question 3 sur 40");
        assertThat(text(new ItemProgress(3, 40, true), Locale.ENGLISH)).isEqualTo("Question 3 of 40");
    }

    @Test
    void aTestThatMayStopEarlierGivesItsMaximum() {
        assertThat(text(new ItemProgress(7, 30, false), Locale.FRENCH)).isEqualTo("Question 7 sur 30 au plus");
        assertThat(text(new ItemProgress(7, 30, false), Locale.ENGLISH)).isEqualTo("Question 7 of at most 30");
    }

    private String text(ItemProgress progress, Locale locale) {
        return messages.getMessage(progress.messageKey(), new Object[] {progress.number(), progress.maxItems()}, locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/assessment");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
