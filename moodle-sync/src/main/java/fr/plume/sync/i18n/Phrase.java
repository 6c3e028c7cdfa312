package fr.plume.sync.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence of a report or an error, rendered in its reader's language: a key of the
 * {@code fr.plume.sync.i18n.Texts} bundle (French by default, {@code _en} for English) with its
 * arguments (text, numbers, or phrases rendered in the same language), or a literal text that
 * has no translation (what Moodle or a file says).
 */
public record Phrase(String key, List<Object> args, String literal) {

    private static final String BUNDLE = "fr.plume.sync.i18n.Texts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    /** Key of a list of phrases ({@link #joined}); not a bundle key. */
    private static final String JOINED = "\u0000joined";

    public Phrase {
        args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args), null);
    }

    public static Phrase literal(String text) {
        return new Phrase(null, List.of(), text == null ? "" : text);
    }

    /** Phrases one after the other, separated the way each language lists reasons. */
    public static Phrase joined(List<Phrase> phrases) {
        return joined(phrases, "list.separator");
    }

    /**
     * Phrases one after the other, separated by the text of {@code separatorKey} (kept in
     * {@link #literal()}, which a list of phrases has no other use for).
     */
    public static Phrase joined(List<Phrase> phrases, String separatorKey) {
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return new Phrase(JOINED, List.copyOf(phrases), separatorKey);
    }

    public String in(Locale locale) {
        if (JOINED.equals(key)) {
            return String.join(Phrase.of(literal).in(locale),
                    args.stream().map(p -> ((Phrase) p).in(locale)).toList());
        }
        if (key == null) {
            return literal;
        }
        // numbers as written (no "1 000" grouping), phrases in the same language
        Object[] rendered = args.stream().map(a -> a instanceof Phrase p ? p.in(locale) : a)
                .map(a -> a instanceof Number n ? n.toString() : a).toArray();
        return new MessageFormat(pattern(locale), locale).format(rendered);
    }

    /** The French text, Plume's default language (what the tool stores and shows). */
    public String french() {
        return in(Locale.FRENCH);
    }

    private String pattern(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                    NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Texte manquant : " + key, e);
        }
    }

    @Override
    public String toString() {
        return french();
    }
}
