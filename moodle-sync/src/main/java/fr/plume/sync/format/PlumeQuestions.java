package fr.plume.sync.format;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.MatchingPolicy;
import fr.plume.framework.content.RubricCriterion;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Plume's items as Moodle questions, for the Moodle XML of an open module. Every item type has a
 * Moodle equivalent or the closest one (docs/commons.md keeps the table): a reorder item becomes a
 * drag-and-drop into text whose n-th box takes the n-th unit (a repeated unit is one word that may
 * be dropped into each of its boxes), spot-the-error a one-answer choice among the segments plus
 * "no error", correct-the-error a short answer on the sentence with the wrong part marked. Typed answers carry the spellings the item's {@link MatchingPolicy} folds
 * ({@link TypedAnswerVariants}), so Moodle accepts what Plume accepts.
 */
public final class PlumeQuestions {

    /** The answer Plume offers on spot-the-error items when the sentence is right. */
    public static final String NO_ERROR = "Il n'y a pas d'erreur";

    /** An item at the version a module was published with. */
    public record Versioned(Item item, int version) {
    }

    private PlumeQuestions() {
    }

    /**
     * The Moodle idnumber of an item version: Moodle keeps it on import (qformat_xml reads
     * {@code <idnumber>}) and refuses a second question with the same one in a category, so a new
     * version of an item gets a new idnumber.
     */
    public static String idnumber(Item item, int version) {
        return "plume-" + item.id() + "-v" + version;
    }

    /** The Moodle question type an item type becomes. */
    public static QuestionType moodleType(fr.plume.framework.content.ItemType type) {
        return switch (type) {
            case SINGLE_CHOICE, SPOT_THE_ERROR -> QuestionType.SINGLE_CHOICE;
            case MULTIPLE_CHOICE -> QuestionType.MULTIPLE_CHOICE;
            case CLOZE -> QuestionType.CLOZE;
            case CORRECT_THE_ERROR, SHORT_ANSWER -> QuestionType.SHORT_ANSWER;
            case REORDER -> QuestionType.DRAG_DROP_WORDS;
            case MATCHING -> QuestionType.MATCHING;
            case ESSAY -> QuestionType.ESSAY;
        };
    }

    /** The question, typed answers widened with their variants, in {@code category} ("A/B", no "$course$/top"). */
    public static DraftItem question(Item item, int version, String category) {
        DraftItem plain = plain(item, version, category);
        return TypedAnswerVariants.forMoodle(plain, item.matching());
    }

    /** Writes the items as one Moodle XML file, every question in {@code category}. */
    public static void write(String category, List<Versioned> items, OutputStream out) throws IOException {
        Map<DraftItem, MatchingPolicy> policies = new IdentityHashMap<>();
        List<DraftItem> questions = new ArrayList<>();
        for (Versioned versioned : items) {
            DraftItem question = question(versioned.item(), versioned.version(), category);
            policies.put(question, versioned.item().matching());
            questions.add(question);
        }
        new MoodleXmlWriter(q -> policies.getOrDefault(q, MatchingPolicy.DEFAULT).caseSensitive())
                .write(questions, out);
    }

    private static DraftItem plain(Item item, int version, String category) {
        AnswerSpec answer = item.answer();
        String stem = paragraph(item.stem().fr());
        List<Choice> choices = List.of();
        List<MatchPair> pairs = List.of();
        String graderInfo = "";
        boolean shuffle = true;
        if (answer instanceof AnswerSpec.SingleChoice key) {
            choices = choices(key.options(), List.of(key.correct()));
        } else if (answer instanceof AnswerSpec.MultipleChoice key) {
            choices = multipleChoices(key);
        } else if (answer instanceof AnswerSpec.SpotTheError key) {
            List<String> options = new ArrayList<>(key.segments());
            options.add(NO_ERROR);
            choices = choices(options, List.of(key.errorSegment().orElse(key.segments().size())));
            shuffle = false; // the segments read in the order of the sentence
        } else if (answer instanceof AnswerSpec.CorrectTheError key) {
            stem = stem + paragraph(key.sentence()).replaceFirst(Matcher.quoteReplacement(html(key.wrongSegment())),
                    Matcher.quoteReplacement("<strong><u>" + html(key.wrongSegment()) + "</u></strong>"));
            choices = key.accepted().stream().map(text -> Choice.of(text, 1)).toList();
        } else if (answer instanceof AnswerSpec.ShortAnswer key) {
            choices = key.accepted().stream().map(text -> Choice.of(text, 1)).toList();
        } else if (answer instanceof AnswerSpec.Cloze key) {
            stem = clozeStem(stem, key);
        } else if (answer instanceof AnswerSpec.Reorder key) {
            // one draggable word per distinct unit: two « de » are the same word, as Plume compares texts
            List<String> distinct = key.units().stream().distinct().toList();
            StringBuilder boxes = new StringBuilder("<p>");
            for (int i = 0; i < key.units().size(); i++) {
                boxes.append(i == 0 ? "" : " ").append("[[").append(distinct.indexOf(key.units().get(i)) + 1)
                        .append("]]");
            }
            stem = stem + boxes.append("</p>");
            choices = distinct.stream().map(unit -> new Choice(unit, 1, "", 1)).toList();
        } else if (answer instanceof AnswerSpec.Matching key) {
            pairs = matchPairs(key);
        } else if (answer instanceof AnswerSpec.Essay key) {
            graderInfo = rubric(key);
        }
        return new DraftItem(idnumber(item, version), moodleType(item.type()), name(item), category, stem, choices,
                pairs, List.of(), generalFeedback(item), graderInfo, 1, shuffle, idnumber(item, version),
                List.of("plume-competency-" + item.competency(), "plume-level-" + item.level()), List.of(), List.of(),
                "");
    }

    private static String name(Item item) {
        String stem = item.stem().fr().strip();
        String start = stem.length() > 60 ? stem.substring(0, 59) + "…" : stem;
        return item.competency() + " · " + start;
    }

    private static String generalFeedback(Item item) {
        return paragraph(item.feedback().fr()) + paragraph(item.explanation().fr());
    }

    private static List<Choice> choices(List<String> options, List<Integer> correct) {
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            out.add(Choice.of(html(options.get(i)), correct.contains(i) ? 1 : 0));
        }
        return out;
    }

    /**
     * Each right option {@code 1/k}, each wrong one {@code -1/k}: Moodle adds the fractions of the
     * ticked options and clamps at 0, which is Plume's credit (hits minus false ticks over k).
     */
    private static List<Choice> multipleChoices(AnswerSpec.MultipleChoice key) {
        double share = 1.0 / key.correct().size();
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < key.options().size(); i++) {
            out.add(Choice.of(html(key.options().get(i)), key.correct().contains(i) ? share : -share));
        }
        return out;
    }

    private static String clozeStem(String stem, AnswerSpec.Cloze key) {
        Matcher marker = AnswerSpec.Cloze.GAP_MARKER.matcher(html(key.text()));
        StringBuilder text = new StringBuilder();
        while (marker.find()) {
            int id = Integer.parseInt(marker.group(1));
            AnswerSpec.Gap gap = key.gaps().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
            marker.appendReplacement(text, Matcher.quoteReplacement(ClozeSyntax.format(clozeGap(gap))));
        }
        marker.appendTail(text);
        return stem + "<p>" + text + "</p>";
    }

    private static ClozeGap clozeGap(AnswerSpec.Gap gap) {
        if (gap instanceof AnswerSpec.TypedGap typed) {
            return new ClozeGap(gap.id(), 1, "SHORTANSWER_C", typed.accepted().stream().map(a -> Choice.of(a, 1)).toList());
        }
        AnswerSpec.SelectGap select = (AnswerSpec.SelectGap) gap;
        List<Choice> options = new ArrayList<>();
        for (int i = 0; i < select.options().size(); i++) {
            options.add(Choice.of(select.options().get(i), i == select.correct() ? 1 : 0));
        }
        return new ClozeGap(gap.id(), 1, "MULTICHOICE", options);
    }

    /** Right entries paired with no left entry are Moodle's distractors: an answer with an empty question. */
    private static List<MatchPair> matchPairs(AnswerSpec.Matching key) {
        List<MatchPair> pairs = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int left = 0; left < key.left().size(); left++) {
            int right = key.rightFor(left);
            used.add(right);
            pairs.add(new MatchPair(html(key.left().get(left)), html(key.right().get(right))));
        }
        for (int right = 0; right < key.right().size(); right++) {
            if (!used.contains(right)) {
                pairs.add(new MatchPair("", html(key.right().get(right))));
            }
        }
        return pairs;
    }

    private static String rubric(AnswerSpec.Essay essay) {
        StringBuilder html = new StringBuilder("<p>").append(essay.minWords()).append('–').append(essay.maxWords())
                .append(" mots.</p><ul>");
        for (RubricCriterion criterion : essay.rubric()) {
            html.append("<li>").append(html(criterion.criterion().fr())).append(" (").append(criterion.maxPoints())
                    .append(" pts)</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String paragraph(String text) {
        return text == null || text.isBlank() ? "" : "<p>" + html(text.strip()) + "</p>";
    }

    /** Plume's texts are plain text: in Moodle's HTML fields their {@code < & >} must stay characters. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
