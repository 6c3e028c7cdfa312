package fr.plume.framework.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class PresentationTest {

    private static final List<String> UNITS = List.of("Les candidats", "dont le dossier", "est incomplet", "seront contactés", "par le secrétariat.");

    @Test
    void theSameSeedGivesTheSameOrderAndDisplayedAnswersAreMappedBack() {
        Item item = ScorerTest.item(new AnswerSpec.SingleChoice(List.of("arrivé", "arrivées", "arrivés", "arrivée"), 1));
        ItemView first = Presentation.publicView(item, 42);
        assertThat(Presentation.publicView(item, 42)).isEqualTo(first);
        List<String> shown = ((ItemView.Choices) first.body()).options();
        assertThat(shown).containsExactlyInAnyOrder("arrivé", "arrivées", "arrivés", "arrivée");
        int displayedKey = shown.indexOf("arrivées");
        Presentation presentation = Presentation.of(item, 42);
        assertThat(presentation.score(new Response.SingleChoice(displayedKey)).correct()).isTrue();
        assertThat(presentation.score(new Response.SingleChoice((displayedKey + 1) % 4)).correct()).isFalse();
    }

    @Test
    void reorderUnitsAreNeverShownInTheKeyOrder() {
        Item item = ScorerTest.item(new AnswerSpec.Reorder(UNITS, List.of()));
        for (long seed = 0; seed < 200; seed++) {
            List<String> shown = ((ItemView.Reorder) Presentation.publicView(item, seed).body()).units();
            assertThat(shown).containsExactlyInAnyOrderElementsOf(UNITS).isNotEqualTo(UNITS);
        }
        Item twoUnits = ScorerTest.item(new AnswerSpec.Reorder(List.of("Bonjour", "Madame,"), List.of()));
        for (long seed = 0; seed < 50; seed++) {
            assertThat(((ItemView.Reorder) Presentation.publicView(twoUnits, seed).body()).units()).containsExactly("Madame,", "Bonjour");
        }
    }

    @Test
    void aReorderAnswerInDisplayPositionsIsScoredAgainstTheKey() {
        Item item = ScorerTest.item(new AnswerSpec.Reorder(UNITS, List.of()));
        Presentation presentation = Presentation.of(item, 7);
        List<String> shown = ((ItemView.Reorder) presentation.view().body()).units();
        List<Integer> rightOrder = UNITS.stream().map(shown::indexOf).toList();
        assertThat(presentation.score(new Response.Reorder(rightOrder)).correct()).isTrue();
        assertThat(presentation.score(new Response.Reorder(List.of(0, 1, 2, 3, 4))).correct()).isFalse();
    }

    @Test
    void matchingColumnsAreShuffledIndependentlyAndMappedBack() {
        Item item = ScorerTest.item(new AnswerSpec.Matching(List.of("mais", "donc", "car"), List.of("opposition", "conséquence", "cause", "but"),
                List.of(new AnswerSpec.Pair(0, 0), new AnswerSpec.Pair(1, 1), new AnswerSpec.Pair(2, 2))));
        Presentation presentation = Presentation.of(item, 3);
        ItemView.Matching view = (ItemView.Matching) presentation.view().body();
        Map<Integer, Integer> displayed = Map.of(
                view.left().indexOf("mais"), view.right().indexOf("opposition"),
                view.left().indexOf("donc"), view.right().indexOf("conséquence"),
                view.left().indexOf("car"), view.right().indexOf("cause"));
        assertThat(presentation.score(new Response.Matching(displayed)).correct()).isTrue();
    }

    @Test
    void thePublicViewCarriesNoKeyFeedbackOrExplanation() {
        Item item = ScorerTest.item(new AnswerSpec.Cloze("Elles se sont [[1]] compte ; elle [[2]] partie.",
                List.of(new AnswerSpec.TypedGap(1, List.of("rendu"), List.of("rendues")),
                        new AnswerSpec.SelectGap(2, List.of("est", "et"), 0))));
        String json = JsonMapper.builder().build().writeValueAsString(Presentation.publicView(item, 1));
        assertThat(json).doesNotContain("\"correct\"", "\"accepted\"", "rejected", "rendu\"", "Règle", "Retour", "\"irt\"");
        assertThat(json).contains("[[1]]", "\"options\"");
    }
}
