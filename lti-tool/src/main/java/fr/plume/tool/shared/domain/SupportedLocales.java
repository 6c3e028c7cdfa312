package fr.plume.tool.shared.domain;

import java.util.List;
import java.util.Locale;

/** The languages Plume's pages are written in: French first, English second. */
public final class SupportedLocales {

    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private SupportedLocales() {
    }

    /** The supported locale matching {@code requested}'s language, or null. */
    public static Locale supportedOrNull(Locale requested) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(null);
    }
}
