package fr.plume.framework.content;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed answer is compared with the accepted answers of an item.
 *
 * <p>Typographic variants are always folded, because the keyboard rather than the candidate's French decides
 * them: Unicode normalisation (NFD input is accepted as NFC), curly and straight apostrophes, every Unicode
 * space (non-breaking, narrow no-break, thin…) and runs of spaces, leading and trailing spaces, the spacing
 * inside « guillemets » and before {@code ; : ! ?}, three dots for the ellipsis character and the
 * non-breaking hyphen.
 *
 * <p>Accents are never folded: "a" for "à" or "ou" for "où" is a different word. Everything else is folded
 * only when the item says so, because an item may measure it: ligatures (œ/oe, æ/ae), letter case,
 * and final punctuation.
 */
public record MatchingPolicy(boolean foldLigatures, boolean caseSensitive, boolean ignoreFinalPunctuation) {

    public static final MatchingPolicy DEFAULT = new MatchingPolicy(false, true, false);

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC\uFF07]");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u2060\uFEFF\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\n\\r\\f\\u000B\\u2028\\u2029]+");
    private static final Pattern OPENING_GUILLEMET = Pattern.compile("« ?");
    private static final Pattern CLOSING_GUILLEMET = Pattern.compile(" ?»");
    private static final Pattern SPACE_BEFORE_HIGH_PUNCTUATION = Pattern.compile(" (?=[;:!?])");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?…;:,]+$");

    /** The canonical form of {@code text} under this policy; two answers match when their forms are equal. */
    public String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.replace('\u2011', '-').replace("...", "…");
        s = SPACES.matcher(s).replaceAll(" ");
        s = OPENING_GUILLEMET.matcher(s).replaceAll("« ");
        s = CLOSING_GUILLEMET.matcher(s).replaceAll(" »");
        s = SPACE_BEFORE_HIGH_PUNCTUATION.matcher(s).replaceAll("");
        s = s.strip();
        if (foldLigatures) {
            s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        }
        if (ignoreFinalPunctuation) {
            s = FINAL_PUNCTUATION.matcher(s).replaceAll("").strip();
        }
        if (!caseSensitive) {
            s = s.toLowerCase(Locale.FRENCH);
        }
        return s;
    }

    public boolean matches(String given, String expected) {
        return normalize(given).equals(normalize(expected));
    }

    public boolean matchesAny(String given, Collection<String> accepted) {
        String normalized = normalize(given);
        return accepted.stream().anyMatch(expected -> normalize(expected).equals(normalized));
    }
}
