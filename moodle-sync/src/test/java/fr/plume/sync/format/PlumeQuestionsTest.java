package fr.plume.sync.format;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Accessibility;
import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.IrtPrior;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemText;
import fr.plume.framework.content.ItemType;
import fr.plume.framework.content.MatchingPolicy;
import fr.plume.framework.content.RubricCriterion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlumeQuestionsTest {

    static Item item(AnswerSpec answer) {
        return item(answer, MatchingPolicy.DEFAULT);
    }

    static Item item(AnswerSpec answer, MatchingPolicy policy) {
        return new Item(UUID.nameUUIDFromBytes(answer.toString().getBytes(StandardCharsets.UTF_8)), "fam", 1,
                answer.type(), "2.3", 3, ItemText.fr("Consigne pour " + answer.type()), answer,
                ItemText.fr("Bravo."), ItemText.fr("La règle."), IrtPrior.forLevel(3), Accessibility.FULL, policy,
                "CC-BY-SA-4.0", List.of("A. Autrice"), ItemStatus.PUBLISHED);
    }

    /** One item of every type Plume has. */
    static List<Item> everyType() {
        return List.of(
                item(new AnswerSpec.SingleChoice(List.of("a", "à"), 1)),
                item(new AnswerSpec.MultipleChoice(List.of("ces", "ses", "c'est"), List.of(0, 1))),
                item(new AnswerSpec.Cloze("Il [[1]] parti et [[2]] revenu.", List.of(
                        new AnswerSpec.TypedGap(1, List.of("est"), List.of()),
                        new AnswerSpec.SelectGap(2, List.of("a", "est"), 1)))),
                item(new AnswerSpec.SpotTheError(List.of("Les enfants", "sont", "partit"), OptionalInt.of(2))),
                item(new AnswerSpec.CorrectTheError("Ils sont partit hier.", "partit", List.of("partis"), List.of())),
                item(new AnswerSpec.Reorder(List.of("Il", "ne", "vient", "pas"), List.of())),
                item(new AnswerSpec.Matching(List.of("chat", "chien"), List.of("miaule", "aboie", "chante"),
                        List.of(new AnswerSpec.Pair(0, 0), new AnswerSpec.Pair(1, 1)))),
                item(new AnswerSpec.ShortAnswer(List.of("aujourd'hui"), List.of())),
                item(new AnswerSpec.Essay(List.of(new RubricCriterion(ItemText.fr("Cohérence"), 4)), 100, 200)));
    }

    private static QuestionImport roundTrip(List<Item> items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlumeQuestions.write("Module accords", items.stream().map(i -> new PlumeQuestions.Versioned(i, 2)).toList(), out);
        return new MoodleXmlReader().read("module", new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyItemTypeReadsBackAsItsClosestMoodleTypeWithItsIdnumber() throws Exception {
        List<Item> items = everyType();
        QuestionImport back = roundTrip(items);

        assertThat(back.skipped()).isEmpty();
        assertThat(back.items()).hasSize(ItemType.values().length);
        assertThat(back.items()).extracting(DraftItem::idnumber)
                .containsExactlyElementsOf(items.stream().map(i -> PlumeQuestions.idnumber(i, 2)).toList());
        for (int i = 0; i < items.size(); i++) {
            assertThat(back.items().get(i).type()).as(items.get(i).type().name())
                    .isEqualTo(PlumeQuestions.moodleType(items.get(i).type()));
            assertThat(back.items().get(i).category()).isEqualTo("Module accords");
            assertThat(back.items().get(i).tags()).containsExactly("plume-competency-2.3", "plume-level-3");
        }
        assertThat(Arrays.stream(ItemType.values()).map(PlumeQuestions::moodleType))
                .doesNotContainNull();
    }

    @Test
    void spotTheErrorOffersTheSegmentsInOrderAndNoError() throws Exception {
        List<Item> items = everyType();
        DraftItem spot = roundTrip(items).items().get(3);

        assertThat(spot.choices()).extracting(Choice::text)
                .containsExactly("Les enfants", "sont", "partit", PlumeQuestions.NO_ERROR);
        assertThat(spot.choices()).extracting(Choice::fraction).containsExactly(0.0, 0.0, 1.0, 0.0);
        assertThat(spot.shuffle()).isFalse();
    }

    @Test
    void aSentenceWithoutErrorMakesNoErrorTheRightAnswer() throws Exception {
        Item right = item(new AnswerSpec.SpotTheError(List.of("Ils", "sont", "partis"), OptionalInt.empty()));
        DraftItem spot = roundTrip(List.of(right)).items().get(0);

        assertThat(spot.choices().get(3).text()).isEqualTo(PlumeQuestions.NO_ERROR);
        assertThat(spot.choices().get(3).fraction()).isEqualTo(1.0);
    }

    @Test
    void correctTheErrorMarksTheWrongPartAndAcceptsTheCorrection() throws Exception {
        DraftItem correct = roundTrip(everyType()).items().get(4);

        assertThat(correct.stem()).contains("Ils sont <strong><u>partit</u></strong> hier.");
        assertThat(correct.choices()).extracting(Choice::text).contains("partis");
        assertThat(correct.choices()).allMatch(c -> c.fraction() == 1.0);
    }

    @Test
    void reorderBecomesBoxesTakingTheUnitsInTheirRightOrder() throws Exception {
        DraftItem reorder = roundTrip(everyType()).items().get(5);

        assertThat(reorder.stem()).contains("[[1]] [[2]] [[3]] [[4]]");
        assertThat(reorder.choices()).extracting(Choice::text).containsExactly("Il", "ne", "vient", "pas");
        assertThat(reorder.choices()).extracting(Choice::group).containsOnly(1);
    }

    @Test
    void multipleChoiceFractionsGiveMoodlePlumesPartialCredit() throws Exception {
        DraftItem multiple = roundTrip(everyType()).items().get(1);

        assertThat(multiple.choices()).extracting(Choice::fraction).containsExactly(0.5, 0.5, -0.5);
    }

    @Test
    void matchingKeepsTheUnpairedRightEntryAsADistractor() throws Exception {
        DraftItem matching = roundTrip(everyType()).items().get(6);

        assertThat(matching.pairs()).containsExactly(new MatchPair("chat", "miaule"), new MatchPair("chien", "aboie"),
                new MatchPair("", "chante"));
    }

    @Test
    void typedAnswersCarryTheApostrophesAndSpacesThePolicyFolds() throws Exception {
        Item shortAnswer = item(new AnswerSpec.ShortAnswer(List.of("aujourd'hui !"), List.of()));
        Item cloze = item(new AnswerSpec.Cloze("Il faut [[1]].", List.of(
                new AnswerSpec.TypedGap(1, List.of("qu'il vienne"), List.of()))));
        QuestionImport back = roundTrip(List.of(shortAnswer, cloze));

        List<String> accepted = back.items().get(0).choices().stream().map(Choice::text).toList();
        assertThat(accepted).contains("aujourd'hui !", "aujourd\u2019hui !", "aujourd'hui!", "aujourd\u2019hui\u00a0!");
        assertThat(accepted).allMatch(a -> MatchingPolicy.DEFAULT.matches(a, "aujourd'hui !"));
        List<String> gap = back.items().get(1).gaps().get(0).choices().stream().map(Choice::text).toList();
        assertThat(gap).contains("qu'il vienne", "qu\u2019il vienne", "qu'il  vienne");
        assertThat(back.items().get(1).gaps().get(0).kind()).isEqualTo("SHORTANSWER_C");
    }

    @Test
    void anItemThatMeasuresTheApostropheKeepsOnlyItsOwn() throws Exception {
        Item strict = item(new AnswerSpec.ShortAnswer(List.of("aujourd\u2019hui"), List.of()),
                MatchingPolicy.DEFAULT.withFoldApostrophes(false));

        List<String> accepted = roundTrip(List.of(strict)).items().get(0).choices().stream().map(Choice::text).toList();

        assertThat(accepted).contains("aujourd\u2019hui").doesNotContain("aujourd'hui");
    }

    @Test
    void aCaseInsensitiveItemIsComparedWithoutCaseByMoodle() throws Exception {
        Item loose = item(new AnswerSpec.ShortAnswer(List.of("Paris"), List.of()),
                MatchingPolicy.DEFAULT.withCaseSensitive(false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PlumeQuestions.write("M", List.of(new PlumeQuestions.Versioned(loose, 1)), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<usecase>0</usecase>");
    }

    @Test
    void plainTextStaysTextInMoodlesHtml() throws Exception {
        Item tricky = item(new AnswerSpec.SingleChoice(List.of("<b>", "&"), 0));
        DraftItem back = roundTrip(List.of(tricky)).items().get(0);

        assertThat(back.choices()).extracting(Choice::text).containsExactly("&lt;b&gt;", "&amp;");
    }

    @Test
    void aRepeatedUnitIsOneWordDroppedIntoEachOfItsBoxes() throws Exception {
        Item reorder = item(new AnswerSpec.Reorder(List.of("de", "la", "de"), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PlumeQuestions.write("M", List.of(new PlumeQuestions.Versioned(reorder, 1)), out);
        DraftItem back = new MoodleXmlReader().read("m", new ByteArrayInputStream(out.toByteArray())).items().get(0);

        assertThat(back.stem()).contains("[[1]] [[2]] [[1]]");
        assertThat(back.choices()).extracting(Choice::text).containsExactly("de", "la");
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).containsOnlyOnce("<infinite/>");
        assertThat(xml.indexOf("<infinite/>")).isLessThan(xml.indexOf("<text>la</text>"));
    }
}
