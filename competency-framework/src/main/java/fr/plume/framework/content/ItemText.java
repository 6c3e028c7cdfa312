package fr.plume.framework.content;

import java.util.Objects;

/**
 * A text shown with an item: French is required (items assess written French), English is optional
 * and normalised to the empty string when absent.
 */
public record ItemText(String fr, String en) {

    public ItemText {
        Objects.requireNonNull(fr, "fr");
        if (fr.isBlank()) {
            throw new IllegalArgumentException("French text is required");
        }
        en = en == null ? "" : en;
    }

    public static ItemText fr(String fr) {
        return new ItemText(fr, "");
    }

    public boolean hasEnglish() {
        return !en.isBlank();
    }

    /** The text in {@code language} ("fr" or "en"), falling back to French when no translation exists. */
    public String in(String language) {
        return "en".equals(language) && hasEnglish() ? en : fr;
    }
}
