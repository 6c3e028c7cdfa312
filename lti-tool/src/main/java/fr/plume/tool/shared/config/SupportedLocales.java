package fr.plume.tool.shared.config;

import java.util.Locale;

/** The languages Plume's pages are written in: French first, English second. */
public final class SupportedLocales {

    private SupportedLocales() {
    }

    /** The supported locale matching {@code requested}'s language, or null. */
    public static Locale supportedOrNull(Locale requested) {
        return LocaleConfiguration.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(null);
    }
}
