package fr.plume.framework.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reviews the writing of the sample bank ({@code samples/items/}) as a French teacher would before publication:
 * French typography once the answers are in place, final punctuation, feedback that quotes the key, and
 * single-choice keys that their length does not give away.
 */
class SampleItemBankWritingTest {

    private static final Path ITEMS = Path.of("..", "samples", "items");
    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    /** Chance is one in four for four options; above this share, "pick the longest" pays off. */
    private static final double MAX_SHARE_OF_KEYS_LONGEST = 0.30;

    /** ; : ! ? glued to a word or after an ordinary space (French puts a non-breaking space before them). */
    private static final Pattern HIGH_PUNCTUATION_WITHOUT_ITS_SPACE = Pattern.compile("(?<![\u00A0\u202F!?])[;:!?]");
    /** A sentence-final mark inside the quotation, then another point after it (« … heures. ».). */
    private static final Pattern DOUBLED_FINAL_PUNCTUATION = Pattern.compile(
            "[.!?…](?:[\u00A0\u202F]?[»”\"])+[\u00A0\u202F]?\\.|[!?…]\\.|(?<!\\.)\\.\\.(?!\\.)");
    /** The bank's convention: a no-break space before a colon, a narrow one before ; ! ? (see samples/items/README.md). */
    private static final Pattern WRONG_SPACE_BEFORE_HIGH_PUNCTUATION = Pattern.compile("\u00A0(?=[;!?])|\u202F(?=:)");
    /** A percentage, a currency or a temperature needs a non-breaking space after its number. */
    private static final Pattern UNIT_WITHOUT_NON_BREAKING_SPACE = Pattern.compile("\\d(?: ?)(?:%|€|°C)");
    /** Digits grouped by thousands with an ordinary space, which may break across lines. */
    private static final Pattern THOUSANDS_WITH_ORDINARY_SPACE = Pattern.compile("\\d \\d{3}(?!\\d)");
    private static final Pattern REPEATED_WORD = Pattern.compile("(?iU)\\b(?!nous\\b|vous\\b)(\\p{L}+)\\s+\\1\\b");
    /** Slips a teacher corrects at once: a comma after "c'est pourquoi", a space before a comma, two commas. */
    private static final Pattern PUNCTUATION_SLIP = Pattern.compile("c’est pourquoi,|C’est pourquoi,|[ \u00A0\u202F],|,,");

    private static List<Item> items;

    @BeforeAll
    static void readBank() {
        items = ItemJson.readDirectory(ITEMS).items();
        assertThat(items).isNotEmpty();
    }

    @Test
    void feedbackAndExplanationsNeverDoubleTheFinalPunctuation() {
        assertThat(failures(ItemTexts::comments, text -> DOUBLED_FINAL_PUNCTUATION.matcher(text).find(),
                "the final punctuation is doubled (no point after « … . » or « … ? »)")).isEmpty();
    }

    @Test
    void highPunctuationHasItsNonBreakingSpaceInEveryFrenchTextAndOnceTheAnswersAreInPlace() {
        Function<Item, List<String>> frenchAndComposed = item ->
                Stream.concat(ItemTexts.french(item).stream(), ItemTexts.composed(item).stream()).toList();
        assertThat(failures(frenchAndComposed, text -> HIGH_PUNCTUATION_WITHOUT_ITS_SPACE.matcher(text).find(),
                "; : ! ? need a non-breaking space before them (U+202F before ; ! ?, U+00A0 before :)")).isEmpty();
        assertThat(failures(frenchAndComposed, text -> WRONG_SPACE_BEFORE_HIGH_PUNCTUATION.matcher(text).find(),
                "U+00A0 goes before :, U+202F before ; ! ?")).isEmpty();
    }

    @Test
    void typedAnswersWithHighPunctuationAreAcceptedHoweverTheCandidateSpacesIt() {
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            for (String accepted : ItemTexts.typedAnswers(item.answer())) {
                if (!HIGH_PUNCTUATION_WITHOUT_ITS_SPACE.matcher(accepted.replace(NBSP, "").replace(NNBSP, "")).find()) {
                    continue;
                }
                for (String typed : List.of(accepted.replaceAll("[\u00A0\u202F](?=[;:!?])", ""),
                        accepted.replaceAll("[\u00A0\u202F](?=[;:!?])", " "))) {
                    if (!item.matching().matches(typed, accepted)) {
                        failures.add(where(item, typed) + ": refused under the item's policy " + item.matching());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void numbersKeepTheirUnitAndTheirThousandsOnTheSameLine() {
        assertThat(failures(ItemTexts::french, text -> UNIT_WITHOUT_NON_BREAKING_SPACE.matcher(text).find(),
                "a non-breaking space goes between a number and %, € or °C")).isEmpty();
        assertThat(failures(ItemTexts::french, text -> THOUSANDS_WITH_ORDINARY_SPACE.matcher(text).find(),
                "thousands are grouped with a narrow non-breaking space (U+202F)")).isEmpty();
    }

    @Test
    void noRepeatedWordNorPunctuationSlipOnceTheAnswersAreInPlace() {
        Function<Item, List<String>> everything = item ->
                Stream.concat(ItemTexts.french(item).stream(), ItemTexts.composed(item).stream()).toList();
        assertThat(failures(everything, text -> REPEATED_WORD.matcher(text).find(), "a word is repeated")).isEmpty();
        assertThat(failures(everything, text -> PUNCTUATION_SLIP.matcher(text).find(),
                "comma after « c’est pourquoi », space before a comma or two commas")).isEmpty();
    }

    @Test
    void feedbackQuotesTheKey() {
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            String feedback = item.feedback().fr();
            List<String> quoted = quotedKey(item);
            int from = 0;
            for (String key : quoted) {
                int at = feedback.indexOf(key, from);
                if (at < 0) {
                    failures.add(where(item, feedback) + ": does not quote " + key + " (in order)");
                    break;
                }
                from = at + key.length();
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theKeyOfASingleChoiceItemIsRarelyItsOnlyLongestOption() {
        List<AnswerSpec.SingleChoice> singleChoices = items.stream().map(Item::answer)
                .filter(AnswerSpec.SingleChoice.class::isInstance).map(AnswerSpec.SingleChoice.class::cast).toList();
        List<String> longestKeys = singleChoices.stream().filter(SampleItemBankWritingTest::keyIsTheOnlyLongest)
                .map(key -> key.options().get(key.correct())).toList();
        assertThat((double) longestKeys.size() / singleChoices.size())
                .as("share of single-choice keys that are the only longest option: %s", longestKeys)
                .isLessThanOrEqualTo(MAX_SHARE_OF_KEYS_LONGEST);
    }

    private static boolean keyIsTheOnlyLongest(AnswerSpec.SingleChoice key) {
        int keyLength = key.options().get(key.correct()).length();
        return IntStream.range(0, key.options().size())
                .allMatch(option -> option == key.correct() || key.options().get(option).length() < keyLength);
    }

    /** What the feedback must quote, in this order: the key of the item as the candidate sees it. */
    private static List<String> quotedKey(Item item) {
        AnswerSpec answer = item.answer();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            return List.of(quoted(key.options().get(key.correct())));
        }
        if (answer instanceof AnswerSpec.MultipleChoice key) {
            return key.correct().stream().map(index -> quoted(key.options().get(index))).toList();
        }
        if (answer instanceof AnswerSpec.Cloze key) {
            return List.of(quoted(ItemTexts.keyText(key)));
        }
        if (answer instanceof AnswerSpec.SpotTheError key) {
            return List.of(key.errorSegment().isPresent() ? quoted(key.segments().get(key.errorSegment().getAsInt()))
                    : "pas d’erreur");
        }
        if (answer instanceof AnswerSpec.CorrectTheError key) {
            return List.of(quoted(key.accepted().get(0)));
        }
        if (answer instanceof AnswerSpec.Reorder key) {
            return key.units();
        }
        if (answer instanceof AnswerSpec.Matching key) {
            return key.pairs().stream()
                    .map(pair -> quoted(key.left().get(pair.left())) + " → " + quoted(key.right().get(pair.right()))).toList();
        }
        if (answer instanceof AnswerSpec.ShortAnswer key) {
            return List.of(quoted(key.accepted().get(0)));
        }
        return List.of();
    }

    private static String quoted(String text) {
        return "«" + NBSP + text + NBSP + "»";
    }

    private static List<String> failures(Function<Item, List<String>> texts, Predicate<String> wrong,
            String problem) {
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            texts.apply(item).stream().filter(wrong).distinct()
                    .forEach(text -> failures.add(where(item, text) + ": " + problem));
        }
        return failures;
    }

    private static String where(Item item, String text) {
        return item.id().toString().substring(0, 8) + " " + item.family() + "/" + item.variant() + " « " + text + " »";
    }
}
