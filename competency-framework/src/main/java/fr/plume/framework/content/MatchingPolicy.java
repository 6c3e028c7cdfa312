package fr.plume.framework.content;

import java.text.Normalizer;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * How a typed answer is compared with the accepted answers of an item.
 *
 * <p>Typographic variants are always folded, because the keyboard rather than the candidate's French decides
 * them: Unicode normalisation (NFD input is accepted as NFC), the typographic ligatures ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ and
 * full-width forms (folded to their letters as NFKC does, e.g. after a copy from a PDF), every Unicode space
 * (non-breaking, narrow no-break, thin…) and runs of spaces, leading and trailing spaces, the spacing inside
 * « guillemets » and before {@code ; : ! ?}, three dots for the ellipsis character and the Unicode and
 * non-breaking hyphens.
 *
 * <p>Accents are never folded: "a" for "à" or "ou" for "où" is a different word. Everything else is decided
 * by the item, because an item may measure it:
 * <ul>
 * <li>{@code foldLigatures} (false): œ/oe and æ/ae are the same letters ("coeur" for "cœur", "Oeuvre" or
 * "OEuvre" for "Œuvre");</li>
 * <li>{@code caseSensitive} (true): when false, letter case is ignored with Unicode simple case folding and the
 * accents kept: "ÉCOLE" is "école", "ECOLE" is not;</li>
 * <li>{@code ignoreFinalPunctuation} (false): final {@code . ! ? … ; : ,} are ignored;</li>
 * <li>{@code acceptUnaccentedCapitals} (false): a capital typed without its diacritic stands for the accented
 * letter ("Ecole" for "École"; with case ignored, "ECOLE" for "école"). French typography accents capitals,
 * so an item that measures accents keeps the default; other items may accept the common habit. A lower-case
 * letter without its accent is never accepted;</li>
 * <li>{@code foldApostrophes} (true): the straight, curly, modifier-letter and full-width apostrophes, the
 * prime and the spacing accents ´ and ` typed for an apostrophe are one apostrophe; an item that measures the
 * apostrophe itself sets it to false;</li>
 * <li>{@code foldDashes} (false): the en dash, the figure dash and the minus sign count as a hyphen ("peut–être"
 * for "peut-être"). The dash and the hyphen are different signs in French typography and keyboards type the
 * hyphen, so an item accepts the confusion only when it says so.</li>
 * </ul>
 */
public record MatchingPolicy(boolean foldLigatures, boolean caseSensitive, boolean ignoreFinalPunctuation,
        boolean acceptUnaccentedCapitals, boolean foldApostrophes, boolean foldDashes) {

    private static final boolean DEFAULT_ACCEPT_UNACCENTED_CAPITALS = false;
    private static final boolean DEFAULT_FOLD_APOSTROPHES = true;
    private static final boolean DEFAULT_FOLD_DASHES = false;

    public static final MatchingPolicy DEFAULT = new MatchingPolicy(false, true, false,
            DEFAULT_ACCEPT_UNACCENTED_CAPITALS, DEFAULT_FOLD_APOSTROPHES, DEFAULT_FOLD_DASHES);

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC\u00B4`\u2032]");
    private static final Pattern DASHES = Pattern.compile("[\u2012\u2013\u2212]");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u2060\uFEFF\u00AD]");
    private static final Pattern PRESENTATION_FORMS = Pattern.compile("[\uFB00-\uFB06\uFF01-\uFF5E]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\n\\r\\f\\u000B\\u2028\\u2029]+");
    private static final Pattern OPENING_GUILLEMET = Pattern.compile("« ?");
    private static final Pattern CLOSING_GUILLEMET = Pattern.compile(" ?»");
    private static final Pattern SPACE_BEFORE_HIGH_PUNCTUATION = Pattern.compile(" (?=[;:!?])");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?…;:,]+$");
    /** The E of an expanded Œ or Æ before a lower-case letter: "OEuvre" and "Oeuvre" are both "Œuvre". */
    private static final Pattern LIGATURE_E_BEFORE_LOWER_CASE = Pattern.compile("(?<=[OA])E(?=\\p{Ll})");

    /** The policy of the first three flags, the others at their defaults (the item format before they existed). */
    public MatchingPolicy(boolean foldLigatures, boolean caseSensitive, boolean ignoreFinalPunctuation) {
        this(foldLigatures, caseSensitive, ignoreFinalPunctuation, DEFAULT_ACCEPT_UNACCENTED_CAPITALS,
                DEFAULT_FOLD_APOSTROPHES, DEFAULT_FOLD_DASHES);
    }

    public MatchingPolicy withFoldLigatures(boolean value) {
        return new MatchingPolicy(value, caseSensitive, ignoreFinalPunctuation, acceptUnaccentedCapitals,
                foldApostrophes, foldDashes);
    }

    public MatchingPolicy withCaseSensitive(boolean value) {
        return new MatchingPolicy(foldLigatures, value, ignoreFinalPunctuation, acceptUnaccentedCapitals,
                foldApostrophes, foldDashes);
    }

    public MatchingPolicy withIgnoreFinalPunctuation(boolean value) {
        return new MatchingPolicy(foldLigatures, caseSensitive, value, acceptUnaccentedCapitals, foldApostrophes,
                foldDashes);
    }

    public MatchingPolicy withAcceptUnaccentedCapitals(boolean value) {
        return new MatchingPolicy(foldLigatures, caseSensitive, ignoreFinalPunctuation, value, foldApostrophes,
                foldDashes);
    }

    public MatchingPolicy withFoldApostrophes(boolean value) {
        return new MatchingPolicy(foldLigatures, caseSensitive, ignoreFinalPunctuation, acceptUnaccentedCapitals,
                value, foldDashes);
    }

    public MatchingPolicy withFoldDashes(boolean value) {
        return new MatchingPolicy(foldLigatures, caseSensitive, ignoreFinalPunctuation, acceptUnaccentedCapitals,
                foldApostrophes, value);
    }

    /**
     * The canonical form of {@code text} under this policy; two answers whose forms are equal match.
     * {@link #matches} may accept more: a capital typed without its accent, when the policy allows it.
     */
    public String normalize(String text) {
        String s = typographic(text);
        return caseSensitive ? s : foldCase(s);
    }

    public boolean matches(String given, String expected) {
        return sameLetters(typographic(given), typographic(expected));
    }

    public boolean matchesAny(String given, Collection<String> accepted) {
        String typed = typographic(given);
        return accepted.stream().anyMatch(expected -> sameLetters(typed, typographic(expected)));
    }

    /** Every fold of this policy except letter case, which {@link #sameLetters} decides letter by letter. */
    private String typographic(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = PRESENTATION_FORMS.matcher(s).replaceAll(form -> Normalizer.normalize(form.group(), Normalizer.Form.NFKC));
        if (foldApostrophes) {
            s = APOSTROPHES.matcher(s).replaceAll("'");
        }
        if (foldDashes) {
            s = DASHES.matcher(s).replaceAll("-");
        }
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.replace('\u2010', '-').replace('\u2011', '-').replace("...", "…");
        s = SPACES.matcher(s).replaceAll(" ");
        s = OPENING_GUILLEMET.matcher(s).replaceAll("« ");
        s = CLOSING_GUILLEMET.matcher(s).replaceAll(" »");
        s = SPACE_BEFORE_HIGH_PUNCTUATION.matcher(s).replaceAll("");
        s = s.strip();
        if (foldLigatures) {
            s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
            s = LIGATURE_E_BEFORE_LOWER_CASE.matcher(s).replaceAll("e");
        }
        if (ignoreFinalPunctuation) {
            s = FINAL_PUNCTUATION.matcher(s).replaceAll("").strip();
        }
        return s;
    }

    private boolean sameLetters(String given, String expected) {
        int[] typed = given.codePoints().toArray();
        int[] wanted = expected.codePoints().toArray();
        if (typed.length != wanted.length) {
            return false;
        }
        for (int i = 0; i < typed.length; i++) {
            if (!sameLetter(typed[i], wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLetter(int typed, int wanted) {
        if (typed == wanted || !caseSensitive && foldCase(typed) == foldCase(wanted)) {
            return true;
        }
        return acceptUnaccentedCapitals && isUnaccentedCapital(typed) && sameLetterWithoutMarks(typed, wanted);
    }

    private boolean sameLetterWithoutMarks(int typed, int wanted) {
        int base = withoutMarks(wanted);
        return base != wanted && (base == typed || !caseSensitive && foldCase(base) == foldCase(typed));
    }

    private static boolean isUnaccentedCapital(int codePoint) {
        return Character.isUpperCase(codePoint) && withoutMarks(codePoint) == codePoint;
    }

    /** The letter without its accents, cedilla or diaeresis: the first code point of its canonical decomposition. */
    private static int withoutMarks(int codePoint) {
        return Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD).codePointAt(0);
    }

    /** Unicode simple case folding, one code point for one, so the letters stay aligned. */
    private static int foldCase(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    private static String foldCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().map(MatchingPolicy::foldCase).forEach(folded::appendCodePoint);
        return folded.toString();
    }
}
