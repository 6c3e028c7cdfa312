package fr.plume.framework.model;

/**
 * A text in French (the reference language, required for a valid framework) and English (optional).
 * {@code null} is normalised to the empty string so that a missing translation and an empty one are equal.
 */
public record LocalizedText(String fr, String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        fr = fr == null ? "" : fr;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    public boolean hasFrench() {
        return !fr.isBlank();
    }
}
