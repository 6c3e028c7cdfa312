package fr.plume.framework.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The texts of an item as a reader sees them, for the checks of the sample bank. */
final class ItemTexts {

    private ItemTexts() {
    }

    /** Every French text of an item: stem, feedback, explanation and the texts of its answer. */
    static List<String> french(Item item) {
        List<String> texts = new ArrayList<>(List.of(item.stem().fr(), item.feedback().fr(), item.explanation().fr()));
        texts.addAll(answerTexts(item.answer()));
        return texts;
    }

    /** Every English text of an item (translations are optional). */
    static List<String> english(Item item) {
        return Stream.of(item.stem().en(), item.feedback().en(), item.explanation().en())
                .filter(text -> !text.isEmpty()).toList();
    }

    /** The feedback and the explanation, French and English. */
    static List<String> comments(Item item) {
        return Stream.of(item.feedback().fr(), item.feedback().en(), item.explanation().fr(), item.explanation().en())
                .filter(text -> !text.isEmpty()).toList();
    }

    /**
     * The sentences a candidate reads once an answer is put in place: each gap of a cloze filled with each of its
     * options (the other gaps with their keys), the sentence of a correct-the-error item with each accepted
     * correction, and the segments of a spot-the-error sentence put together. Reorder units are left out: they may
     * be blocks of a letter, shown on lines of their own.
     */
    static List<String> composed(Item item) {
        AnswerSpec answer = item.answer();
        if (answer instanceof AnswerSpec.Cloze cloze) {
            return filledClozes(cloze);
        }
        if (answer instanceof AnswerSpec.CorrectTheError key) {
            return key.accepted().stream().map(correction -> key.sentence().replace(key.wrongSegment(), correction)).toList();
        }
        if (answer instanceof AnswerSpec.SpotTheError key) {
            return List.of(String.join(" ", key.segments()));
        }
        return List.of();
    }

    /** The cloze text with its gaps filled with their keys. */
    static String keyText(AnswerSpec.Cloze cloze) {
        return fill(cloze.text(), keys(cloze));
    }

    /** The answers a candidate may type, each accepted answer of a typed gap or of a typed item. */
    static List<String> typedAnswers(AnswerSpec answer) {
        if (answer instanceof AnswerSpec.ShortAnswer key) {
            return key.accepted();
        }
        if (answer instanceof AnswerSpec.CorrectTheError key) {
            return key.accepted();
        }
        if (answer instanceof AnswerSpec.Cloze cloze) {
            return cloze.gaps().stream().filter(AnswerSpec.TypedGap.class::isInstance)
                    .flatMap(gap -> ((AnswerSpec.TypedGap) gap).accepted().stream()).toList();
        }
        return List.of();
    }

    private static List<String> answerTexts(AnswerSpec answer) {
        List<String> texts = new ArrayList<>();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            texts.addAll(key.options());
        } else if (answer instanceof AnswerSpec.MultipleChoice key) {
            texts.addAll(key.options());
        } else if (answer instanceof AnswerSpec.Cloze key) {
            texts.add(key.text());
            key.gaps().forEach(gap -> texts.addAll(values(gap)));
        } else if (answer instanceof AnswerSpec.SpotTheError key) {
            texts.addAll(key.segments());
        } else if (answer instanceof AnswerSpec.CorrectTheError key) {
            texts.add(key.sentence());
            texts.addAll(key.accepted());
        } else if (answer instanceof AnswerSpec.Reorder key) {
            texts.addAll(key.units());
        } else if (answer instanceof AnswerSpec.Matching key) {
            texts.addAll(key.left());
            texts.addAll(key.right());
        } else if (answer instanceof AnswerSpec.ShortAnswer key) {
            texts.addAll(key.accepted());
        } else if (answer instanceof AnswerSpec.Essay key) {
            key.rubric().forEach(criterion -> texts.add(criterion.criterion().fr()));
        }
        return texts;
    }

    private static List<String> filledClozes(AnswerSpec.Cloze cloze) {
        Map<Integer, String> keys = keys(cloze);
        List<String> filled = new ArrayList<>();
        for (AnswerSpec.Gap gap : cloze.gaps()) {
            for (String value : values(gap)) {
                Map<Integer, String> withValue = new HashMap<>(keys);
                withValue.put(gap.id(), value);
                filled.add(fill(cloze.text(), withValue));
            }
        }
        return filled;
    }

    private static Map<Integer, String> keys(AnswerSpec.Cloze cloze) {
        return cloze.gaps().stream().collect(Collectors.toMap(AnswerSpec.Gap::id, gap -> gap instanceof AnswerSpec.SelectGap select
                ? select.options().get(select.correct()) : ((AnswerSpec.TypedGap) gap).accepted().get(0)));
    }

    private static List<String> values(AnswerSpec.Gap gap) {
        return gap instanceof AnswerSpec.SelectGap select ? select.options() : ((AnswerSpec.TypedGap) gap).accepted();
    }

    private static String fill(String text, Map<Integer, String> values) {
        return AnswerSpec.Cloze.GAP_MARKER.matcher(text)
                .replaceAll(marker -> Matcher.quoteReplacement(values.get(Integer.parseInt(marker.group(1)))));
    }
}
