package fr.plume.framework.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ScorerTest {

    static Item item(AnswerSpec answer) {
        return item(answer, MatchingPolicy.DEFAULT);
    }

    static Item item(AnswerSpec answer, MatchingPolicy policy) {
        return new Item(UUID.nameUUIDFromBytes(answer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "1.3-f99", 1, answer.type(), "1.3", 3,
                ItemText.fr("Consigne"), answer, ItemText.fr("Retour"), ItemText.fr("Règle"), IrtPrior.forLevel(3),
                Accessibility.FULL, policy, "CC-BY-SA-4.0", List.of("Équipe Plume"), ItemStatus.PUBLISHED);
    }

    @Test
    void singleChoiceAcceptsOnlyTheKey() {
        Item item = item(new AnswerSpec.SingleChoice(List.of("arrivé", "arrivées", "arrivés"), 1));
        assertThat(Scorer.score(item, new Response.SingleChoice(1)).correct()).isTrue();
        assertThat(Scorer.score(item, new Response.SingleChoice(0)).correct()).isFalse();
        assertThat(Scorer.score(item, new Response.SingleChoice(7)).correct()).isFalse();
    }

    @Test
    void multipleChoiceNeedsTheExactSetAndGivesPartialCredit() {
        Item item = item(new AnswerSpec.MultipleChoice(List.of("a", "b", "c", "d"), List.of(0, 2)));
        assertThat(Scorer.score(item, new Response.MultipleChoice(Set.of(0, 2))).correct()).isTrue();
        ScoreResult half = Scorer.score(item, new Response.MultipleChoice(Set.of(0)));
        assertThat(half.correct()).isFalse();
        assertThat(half.credit()).isEqualTo(0.5);
        assertThat(Scorer.score(item, new Response.MultipleChoice(Set.of(0, 1, 2, 3))).correct()).isFalse();
        assertThat(Scorer.score(item, new Response.MultipleChoice(Set.of(1, 3))).credit()).isZero();
    }

    @Test
    void clozeScoresEachGapUnderThePolicy() {
        Item item = item(new AnswerSpec.Cloze("Elles se sont [[1]] compte ; elle [[2]] partie.",
                List.of(new AnswerSpec.TypedGap(1, List.of("rendu"), List.of("rendues")),
                        new AnswerSpec.SelectGap(2, List.of("est", "et"), 0))));
        assertThat(Scorer.score(item, new Response.Cloze(Map.of(1, new Response.TypedGap(" rendu "), 2, new Response.SelectedGap(0)))).correct()).isTrue();
        ScoreResult oneWrong = Scorer.score(item, new Response.Cloze(Map.of(1, new Response.TypedGap("rendues"), 2, new Response.SelectedGap(0))));
        assertThat(oneWrong.correct()).isFalse();
        assertThat(oneWrong.credit()).isEqualTo(0.5);
        assertThat(Scorer.score(item, new Response.Cloze(Map.of())).credit()).isZero();
    }

    @Test
    void spotTheErrorDistinguishesNoErrorFromASegment() {
        Item withError = item(new AnswerSpec.SpotTheError(List.of("Les bus", "arrive", "en retard."), OptionalInt.of(1)));
        assertThat(Scorer.score(withError, Response.SpotTheError.segment(1)).correct()).isTrue();
        assertThat(Scorer.score(withError, Response.SpotTheError.noError()).correct()).isFalse();
        Item withoutError = item(new AnswerSpec.SpotTheError(List.of("Les bus", "arrivent", "en retard."), OptionalInt.empty()));
        assertThat(Scorer.score(withoutError, Response.SpotTheError.noError()).correct()).isTrue();
        assertThat(Scorer.score(withoutError, Response.SpotTheError.segment(0)).correct()).isFalse();
    }

    @Test
    void correctTheErrorRejectsAMissingAccentAndAcceptsACurlyApostrophe() {
        Item item = item(new AnswerSpec.CorrectTheError("Je ne sais pas ou se trouve la salle.", "ou", List.of("où"), List.of()));
        assertThat(Scorer.score(item, new Response.CorrectTheError("où")).correct()).isTrue();
        assertThat(Scorer.score(item, new Response.CorrectTheError("ou")).correct()).isFalse();
        Item apostrophe = item(new AnswerSpec.CorrectTheError("Quoiqu’il arrive, gardez une copie.", "Quoiqu’il", List.of("Quoi qu’il"), List.of()));
        assertThat(Scorer.score(apostrophe, new Response.CorrectTheError("Quoi qu'il")).correct()).isTrue();
    }

    @Test
    void reorderAcceptsDeclaredOrdersAndIdenticalUnitsInEitherOrder() {
        Item item = item(new AnswerSpec.Reorder(List.of("Le stage", "que j’ai fait", "à Bordeaux", "m’a plu."),
                List.of(List.of("Le stage", "à Bordeaux", "que j’ai fait", "m’a plu."))));
        assertThat(Scorer.score(item, new Response.Reorder(List.of(0, 1, 2, 3))).correct()).isTrue();
        assertThat(Scorer.score(item, new Response.Reorder(List.of(0, 2, 1, 3))).correct()).isTrue();
        assertThat(Scorer.score(item, new Response.Reorder(List.of(1, 0, 2, 3))).correct()).isFalse();
        assertThat(Scorer.score(item, new Response.Reorder(List.of(0, 0, 2, 3))).correct()).isFalse();
        Item twins = item(new AnswerSpec.Reorder(List.of("Il parle", "de", "la fin", "de", "l’histoire."), List.of()));
        assertThat(Scorer.score(twins, new Response.Reorder(List.of(0, 3, 2, 1, 4))).correct()).isTrue();
    }

    @Test
    void matchingGivesCreditPerPair() {
        Item item = item(new AnswerSpec.Matching(List.of("mais", "donc"), List.of("opposition", "conséquence", "cause"),
                List.of(new AnswerSpec.Pair(0, 0), new AnswerSpec.Pair(1, 1))));
        assertThat(Scorer.score(item, new Response.Matching(Map.of(0, 0, 1, 1))).correct()).isTrue();
        ScoreResult half = Scorer.score(item, new Response.Matching(Map.of(0, 0, 1, 2)));
        assertThat(half.correct()).isFalse();
        assertThat(half.credit()).isEqualTo(0.5);
    }

    @Test
    void shortAnswerFollowsTheItemPolicy() {
        Item strict = item(new AnswerSpec.ShortAnswer(List.of("cœur"), List.of("coeur")));
        assertThat(Scorer.score(strict, new Response.ShortAnswer("coeur")).correct()).isFalse();
        Item lenient = item(new AnswerSpec.ShortAnswer(List.of("cœur"), List.of()), new MatchingPolicy(true, true, false));
        assertThat(Scorer.score(lenient, new Response.ShortAnswer("coeur")).correct()).isTrue();
    }

    @Test
    void everyTypedItemTypeScoresUnaccentedCapitalsLigaturesApostrophesAndDashesByTheItemPolicy() {
        MatchingPolicy lenient = MatchingPolicy.DEFAULT.withCaseSensitive(false).withAcceptUnaccentedCapitals(true)
                .withFoldDashes(true);
        Item shortAnswer = item(new AnswerSpec.ShortAnswer(List.of("l’école"), List.of("l’ecole")), lenient);
        assertThat(Scorer.score(shortAnswer, new Response.ShortAnswer("L´ECOLE")).correct()).isTrue();
        assertThat(Scorer.score(shortAnswer, new Response.ShortAnswer("l’ecole")).correct()).isFalse();
        assertThat(Scorer.score(item(shortAnswer.answer()), new Response.ShortAnswer("L´ECOLE")).correct()).isFalse();

        Item cloze = item(new AnswerSpec.Cloze("Une [[1]] rapide, [[2]] la meilleure.",
                List.of(new AnswerSpec.TypedGap(1, List.of("réflexion"), List.of("reflexion")),
                        new AnswerSpec.TypedGap(2, List.of("peut-être"), List.of("peut être")))), lenient);
        ScoreResult folded = Scorer.score(cloze, new Response.Cloze(Map.of(
                1, new Response.TypedGap("réﬂexion"), 2, new Response.TypedGap("peut–être"))));
        assertThat(folded.correct()).isTrue();
        ScoreResult dashRefused = Scorer.score(item(cloze.answer()), new Response.Cloze(Map.of(
                1, new Response.TypedGap("réﬂexion"), 2, new Response.TypedGap("peut–être"))));
        assertThat(dashRefused.credit()).isEqualTo(0.5);

        Item correction = item(new AnswerSpec.CorrectTheError("Il a du cœur a l’ouvrage.", "a l’ouvrage",
                List.of("à l’ouvrage"), List.of("a l’ouvrage")), MatchingPolicy.DEFAULT.withAcceptUnaccentedCapitals(true));
        assertThat(Scorer.score(correction, new Response.CorrectTheError("à l`ouvrage")).correct()).isTrue();
        assertThat(Scorer.score(correction, new Response.CorrectTheError("a l’ouvrage")).correct()).isFalse();
    }

    @Test
    void essayIsLeftForHumanMarkingWithItsRubric() {
        List<RubricCriterion> rubric = List.of(new RubricCriterion(ItemText.fr("Structure"), 4), new RubricCriterion(ItemText.fr("Langue"), 2));
        Item item = item(new AnswerSpec.Essay(rubric, 80, 250));
        ScoreResult result = Scorer.score(item, new Response.Essay("Madame, je vous écris au sujet de mon stage."));
        assertThat(result.needsHumanMarking()).isTrue();
        assertThat(result.correct()).isFalse();
        assertThat(result.rubric()).isEqualTo(rubric);
        assertThat(((AnswerSpec.Essay) item.answer()).maxPoints()).isEqualTo(6);
    }

    @Test
    void aResponseOfAnotherTypeIsAProgrammingError() {
        Item item = item(new AnswerSpec.ShortAnswer(List.of("où"), List.of()));
        assertThatThrownBy(() -> Scorer.score(item, new Response.SingleChoice(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void selfCheckFindsADistractorThatTheKeyAlsoAccepts() {
        Item ambiguous = item(new AnswerSpec.ShortAnswer(List.of("qu’elle"), List.of("qu'elle")));
        assertThat(ItemSelfCheck.problems(ambiguous)).containsExactly("a distractor is accepted: rejected example « qu'elle »");
    }
}
