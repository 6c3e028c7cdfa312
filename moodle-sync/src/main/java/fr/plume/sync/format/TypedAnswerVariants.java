package fr.plume.sync.format;

import fr.plume.framework.content.MatchingPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes Moodle grade typed answers the way Plume does. Moodle compares a short answer with each
 * accepted answer exactly (after Unicode normalisation and trimming; case per {@code usecase},
 * {@code *} as a wildcard), whereas Plume folds typographic variants under the item's
 * {@link MatchingPolicy}. So every accepted answer is exported with the spellings a candidate's
 * keyboard commonly produces (straight or curly apostrophe, space or no-break space or none before
 * {@code ; : ! ?} and inside guillemets, "..." or "…", one doubled space, and, when the policy
 * folds them, ligatures and final punctuation), each kept only if the policy itself accepts it:
 * the policy stays the single authority on what is right.
 */
public final class TypedAnswerVariants {

    /** Past this many spellings per answer the gain is nil and the Moodle question gets unwieldy. */
    static final int MAX_PER_ANSWER = 24;

    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019\u2018\u02BC\uFF07]");
    private static final Pattern HIGH_PUNCTUATION = Pattern.compile("(?<=\\S)[ \u00A0\u202F]?(?=[;:!?])");
    private static final Pattern OPENING_GUILLEMET = Pattern.compile("«[ \u00A0\u202F]?");
    private static final Pattern CLOSING_GUILLEMET = Pattern.compile("[ \u00A0\u202F]?»");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?…;:,]+$");
    private static final List<String> SPACES = List.of(" ", "\u00A0", "\u202F", "");

    private TypedAnswerVariants() {
    }

    /** Other spellings of {@code accepted} that {@code policy} accepts, most common first, without {@code accepted}. */
    public static List<String> of(String accepted, MatchingPolicy policy) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(accepted);
        expand(forms, s -> List.of(APOSTROPHE.matcher(s).replaceAll("'"), APOSTROPHE.matcher(s).replaceAll("\u2019")));
        List<String> apostropheForms = List.copyOf(forms);
        expand(forms, s -> each(SPACES, space -> HIGH_PUNCTUATION.matcher(s).replaceAll(space)));
        expand(forms, s -> each(SPACES, space -> CLOSING_GUILLEMET.matcher(OPENING_GUILLEMET.matcher(s)
                .replaceAll("«" + space)).replaceAll(space + "»")));
        expand(forms, s -> List.of(s.replace("…", "..."), s.replace("...", "…")));
        expand(forms, s -> List.of(s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE"),
                s.replace("oe", "œ").replace("ae", "æ")));
        expand(forms, s -> {
            String bare = FINAL_PUNCTUATION.matcher(s).replaceAll("").strip();
            return List.of(bare, bare + ".");
        });
        apostropheForms.forEach(form -> forms.addAll(doubledSpaces(form)));
        List<String> out = new ArrayList<>();
        for (String form : forms) {
            if (!form.equals(accepted) && !form.isBlank() && policy.matches(form, accepted) && out.size() < MAX_PER_ANSWER) {
                out.add(form);
            }
        }
        return out;
    }

    /**
     * The item ready for Moodle under {@code policy}: short-answer items and the typed gaps of
     * cloze items get their variants as extra answers with the same credit and feedback (right
     * after the answer they come from, since Moodle takes the first answer that matches), typed
     * gaps are case-sensitive ({@code SHORTANSWER_C}) or not as the policy says, and a literal
     * {@code *} is escaped so that Moodle does not read it as a wildcard.
     */
    public static DraftItem forMoodle(DraftItem item, MatchingPolicy policy) {
        return switch (item.type()) {
            case SHORT_ANSWER -> new DraftItem(item.sourceId(), item.type(), item.name(), item.category(), item.stem(),
                    widen(item.choices(), policy, true), item.pairs(), item.gaps(), item.generalFeedback(), item.graderInfo(),
                    item.defaultGrade(), item.shuffle(), item.idnumber(), item.tags(), item.competencies(),
                    item.attachments(), item.contentHash());
            case CLOZE -> {
                String stem = ClozeSyntax.rewriteGaps(item.stem(), gap -> gap.kind().startsWith("SHORTANSWER")
                        ? ClozeSyntax.format(typedGap(gap, policy)) : null);
                yield new DraftItem(item.sourceId(), item.type(), item.name(), item.category(), stem, item.choices(),
                        item.pairs(), ClozeSyntax.parse(stem), item.generalFeedback(), item.graderInfo(),
                        item.defaultGrade(), item.shuffle(), item.idnumber(), item.tags(), item.competencies(),
                        item.attachments(), item.contentHash());
            }
            default -> item;
        };
    }

    private static ClozeGap typedGap(ClozeGap gap, MatchingPolicy policy) {
        return new ClozeGap(gap.index(), gap.weight(), policy.caseSensitive() ? "SHORTANSWER_C" : "SHORTANSWER",
                widen(gap.choices(), policy, false));
    }

    /** @param escapeStars false for cloze gaps, whose syntax {@link ClozeSyntax#format} escapes */
    private static List<Choice> widen(List<Choice> choices, MatchingPolicy policy, boolean escapeStars) {
        List<Choice> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        choices.forEach(c -> seen.add(c.text()));
        for (Choice c : choices) {
            out.add(literal(c, c.text(), escapeStars));
            if (c.fraction() > 0) {
                for (String variant : of(c.text(), policy)) {
                    if (seen.add(variant)) {
                        out.add(literal(c, variant, escapeStars));
                    }
                }
            }
        }
        return out;
    }

    /** Moodle reads "*" in an accepted answer as "anything"; "\*" is a real asterisk. */
    private static Choice literal(Choice c, String text, boolean escapeStars) {
        return new Choice(escapeStars ? text.replace("*", "\\*") : text, c.fraction(), c.feedback(), c.group());
    }

    private static void expand(Set<String> forms, Function<String, List<String>> alternatives) {
        for (String form : List.copyOf(forms)) {
            forms.addAll(alternatives.apply(form));
        }
    }

    private static List<String> each(List<String> spaces, Function<String, String> f) {
        return spaces.stream().map(f).toList();
    }

    /** One space doubled at a time: Moodle compares inner spaces exactly, Plume folds runs of them. */
    private static List<String> doubledSpaces(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(" ").matcher(s);
        while (m.find()) {
            out.add(s.substring(0, m.start()) + "  " + s.substring(m.end()));
        }
        return out;
    }
}
