package fr.plume.sync.format;

import fr.plume.framework.content.Accessibility;
import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.IrtPrior;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemText;
import fr.plume.framework.content.ItemType;
import fr.plume.framework.content.MatchingPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a harvested question into a DRAFT item of the bank when its type maps cleanly onto one of
 * Plume's types; otherwise says why not (a problem code, explained in the {@code sync} bundle). Texts lose their
 * HTML; missing feedback and explanation are marked "to write" so the draft cannot pass for finished.
 */
public final class DraftToItem {

    /** Either the item or the reason it cannot be made. */
    public record Mapping(Item item, String refusal) {
        static Mapping refused(String reason) {
            return new Mapping(null, reason);
        }

        public boolean mapped() {
            return item != null;
        }
    }

    public static final String TO_WRITE = "À rédiger avant publication.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[(\\d+)]]");
    /** Moodle's embedded answer codes: {weight:KIND:answers}, with \\} escaping a brace inside. */
    private static final Pattern EMBEDDED = Pattern.compile("(?<!\\\\)\\{\\d*:[A-Z_]+:(?:\\\\.|[^\\\\}])*}");

    private DraftToItem() {
    }

    /**
     * @param memberId   the member whose file the question came from (part of the item id, so that
     *                   accepting the same draft twice gives the same item)
     * @param competency the framework code the item is aligned with
     */
    public static Mapping map(UUID memberId, DraftItem draft, String competency, int level, String licence,
            List<String> authors) {
        if (competency == null || competency.isBlank()) {
            return Mapping.refused("SYNC-DRAFT-COMPETENCY");
        }
        if (level < Item.MIN_LEVEL || level > Item.MAX_LEVEL) {
            return Mapping.refused("SYNC-DRAFT-LEVEL");
        }
        if (licence == null || licence.isBlank()) {
            return Mapping.refused("SYNC-DRAFT-LICENCE");
        }
        if (!draft.attachments().isEmpty()) {
            return Mapping.refused("SYNC-DRAFT-ATTACHMENTS");
        }
        String stem = text(draft.stem());
        AnswerSpec answer;
        try {
            answer = switch (draft.type()) {
                case SINGLE_CHOICE -> singleChoice(draft.choices());
                case TRUE_FALSE -> trueFalse(draft.choices());
                case MULTIPLE_CHOICE -> multipleChoice(draft.choices());
                case SHORT_ANSWER -> shortAnswer(draft.choices());
                case MATCHING -> matching(draft.pairs());
                case GAP_SELECT -> gapSelect(draft.stem(), draft.choices());
                case CLOZE -> cloze(draft.stem(), draft.gaps());
                case DRAG_DROP_WORDS, ESSAY -> null;
            };
        } catch (IllegalArgumentException e) {
            return Mapping.refused("SYNC-DRAFT-ANSWER");
        }
        if (answer == null) {
            return Mapping.refused("SYNC-DRAFT-TYPE");
        }
        if (answer instanceof AnswerSpec.Cloze c) {
            stem = c.text();
        }
        if (stem.isBlank()) {
            return Mapping.refused("SYNC-DRAFT-STEM");
        }
        String feedback = text(draft.generalFeedback());
        String key = memberId + "/" + draft.sourceId() + "/" + draft.contentHash();
        UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        String family = "moodle-" + id.toString().substring(0, 13);
        return new Mapping(new Item(id, family, 1, answer.type(), competency.strip(), level,
                ItemText.fr(stem), answer, ItemText.fr(feedback.isBlank() ? TO_WRITE : feedback),
                ItemText.fr(TO_WRITE), IrtPrior.forLevel(level), new Accessibility(true, true),
                MatchingPolicy.DEFAULT, licence.strip(), authors, ItemStatus.DRAFT), null);
    }

    private static AnswerSpec singleChoice(List<Choice> choices) {
        List<Integer> full = fullyRight(choices);
        if (full.size() != 1 || choices.stream().filter(Choice::correct).count() != 1) {
            throw new IllegalArgumentException("one right answer expected");
        }
        return new AnswerSpec.SingleChoice(texts(choices), full.get(0));
    }

    private static AnswerSpec trueFalse(List<Choice> choices) {
        List<String> options = new ArrayList<>();
        for (Choice c : choices) {
            String t = text(c.text()).toLowerCase(java.util.Locale.ROOT);
            options.add(t.equals("true") || t.equals("vrai") ? "Vrai" : t.equals("false") || t.equals("faux") ? "Faux"
                    : text(c.text()));
        }
        List<Integer> full = fullyRight(choices);
        if (choices.size() != 2 || full.size() != 1) {
            throw new IllegalArgumentException("true/false needs two options, one right");
        }
        return new AnswerSpec.SingleChoice(options, full.get(0));
    }

    private static AnswerSpec multipleChoice(List<Choice> choices) {
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                right.add(i);
            }
        }
        return new AnswerSpec.MultipleChoice(texts(choices), right);
    }

    private static AnswerSpec shortAnswer(List<Choice> choices) {
        List<String> accepted = new ArrayList<>();
        for (Choice c : choices) {
            if (c.fraction() >= 1.0) {
                if (c.text().contains("*")) {
                    throw new IllegalArgumentException("Moodle wildcards have no Plume equivalent");
                }
                accepted.add(text(c.text()));
            } else if (c.correct()) {
                throw new IllegalArgumentException("partial credit has no Plume equivalent");
            }
        }
        return new AnswerSpec.ShortAnswer(accepted, List.of());
    }

    private static AnswerSpec matching(List<MatchPair> pairs) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        List<AnswerSpec.Pair> key = new ArrayList<>();
        for (MatchPair p : pairs) {
            String answer = text(p.answer());
            if (!right.contains(answer)) {
                right.add(answer);
            }
        }
        for (MatchPair p : pairs) {
            if (text(p.prompt()).isBlank()) {
                continue; // a distractor: an answer with no prompt
            }
            key.add(new AnswerSpec.Pair(left.size(), right.indexOf(text(p.answer()))));
            left.add(text(p.prompt()));
        }
        if (left.size() < 2) {
            throw new IllegalArgumentException("at least two pairs");
        }
        return new AnswerSpec.Matching(left, right, key);
    }

    /** Moodle gapselect: placeholder [[n]] takes the n-th choice; its options are the choices of the same group. */
    private static AnswerSpec gapSelect(String stem, List<Choice> choices) {
        Matcher m = PLACEHOLDER.matcher(stem);
        List<AnswerSpec.Gap> gaps = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > choices.size() || seen.contains(n)) {
                throw new IllegalArgumentException("placeholder without choice");
            }
            seen.add(n);
            Choice right = choices.get(n - 1);
            List<String> options = choices.stream().filter(c -> c.group() == right.group()).map(c -> text(c.text()))
                    .distinct().toList();
            gaps.add(new AnswerSpec.SelectGap(n, options, options.indexOf(text(right.text()))));
        }
        return new AnswerSpec.Cloze(text(stem), gaps);
    }

    /**
     * Moodle cloze: each embedded code becomes [[n]]; single-answer menus become select gaps,
     * case-sensitive short answers typed gaps. Case-insensitive short answers, numbers and
     * multi-response menus have no exact equivalent.
     */
    private static AnswerSpec cloze(String stem, List<ClozeGap> clozeGaps) {
        Matcher m = EMBEDDED.matcher(stem);
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (m.find()) {
            n++;
            m.appendReplacement(text, Matcher.quoteReplacement("[[" + n + "]]"));
        }
        m.appendTail(text);
        if (n == 0 || n != clozeGaps.size()) {
            throw new IllegalArgumentException("embedded answers and parsed gaps differ");
        }
        List<AnswerSpec.Gap> gaps = new ArrayList<>();
        for (ClozeGap g : clozeGaps) {
            if (g.kind().equals("SHORTANSWER_C")) {
                List<String> accepted = g.choices().stream().filter(c -> c.fraction() >= 1.0).map(c -> text(c.text()))
                        .toList();
                if (accepted.stream().anyMatch(a -> a.contains("*"))) {
                    throw new IllegalArgumentException("Moodle wildcards have no Plume equivalent");
                }
                gaps.add(new AnswerSpec.TypedGap(g.index(), accepted, List.of()));
            } else if (g.kind().startsWith("MULTICHOICE")) {
                List<Integer> full = fullyRight(g.choices());
                if (full.size() != 1) {
                    throw new IllegalArgumentException("one right option per menu");
                }
                gaps.add(new AnswerSpec.SelectGap(g.index(), texts(g.choices()), full.get(0)));
            } else {
                throw new IllegalArgumentException("gap kind " + g.kind() + " has no Plume equivalent");
            }
        }
        return new AnswerSpec.Cloze(text(text.toString()), gaps);
    }

    private static List<Integer> fullyRight(List<Choice> choices) {
        List<Integer> full = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).fraction() >= 1.0) {
                full.add(i);
            }
        }
        return full;
    }

    private static List<String> texts(List<Choice> choices) {
        return choices.stream().map(c -> text(c.text())).toList();
    }

    /** The visible text of a Moodle HTML fragment, whitespace collapsed. */
    static String text(String html) {
        if (html == null) {
            return "";
        }
        String t = html.replaceAll("(?i)<br\\s*/?>|</p>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&#160;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#039;", "'").replace("&#39;", "'").replace("&amp;", "&");
        return t.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
