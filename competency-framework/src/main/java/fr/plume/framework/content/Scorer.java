package fr.plume.framework.content;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Scores a response given in canonical terms (indices in the author's order). Typed answers are compared
 * under the item's {@link MatchingPolicy}; a malformed response (wrong indices, not a permutation) is wrong,
 * never an error, because it comes from the browser.
 */
public final class Scorer {

    private Scorer() {
    }

    public static ScoreResult score(Item item, Response response) {
        if (response.type() != item.type()) {
            throw new IllegalArgumentException("a " + response.type() + " response for a " + item.type() + " item");
        }
        AnswerSpec answer = item.answer();
        MatchingPolicy policy = item.matching();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            return verdict(((Response.SingleChoice) response).selected() == key.correct());
        }
        if (answer instanceof AnswerSpec.MultipleChoice key) {
            return multipleChoice(key, (Response.MultipleChoice) response);
        }
        if (answer instanceof AnswerSpec.Cloze key) {
            return cloze(key, (Response.Cloze) response, policy);
        }
        if (answer instanceof AnswerSpec.SpotTheError key) {
            return verdict(((Response.SpotTheError) response).segment().equals(key.errorSegment()));
        }
        if (answer instanceof AnswerSpec.CorrectTheError key) {
            return verdict(policy.matchesAny(((Response.CorrectTheError) response).correction(), key.accepted()));
        }
        if (answer instanceof AnswerSpec.Reorder key) {
            return reorder(key, (Response.Reorder) response);
        }
        if (answer instanceof AnswerSpec.Matching key) {
            return matching(key, (Response.Matching) response);
        }
        if (answer instanceof AnswerSpec.ShortAnswer key) {
            return verdict(policy.matchesAny(((Response.ShortAnswer) response).text(), key.accepted()));
        }
        AnswerSpec.Essay essay = (AnswerSpec.Essay) answer;
        return ScoreResult.awaitingHumanMarking(essay.rubric());
    }

    private static ScoreResult verdict(boolean correct) {
        return correct ? ScoreResult.right() : ScoreResult.wrong();
    }

    private static ScoreResult multipleChoice(AnswerSpec.MultipleChoice key, Response.MultipleChoice response) {
        Set<Integer> expected = Set.copyOf(key.correct());
        if (response.selected().equals(expected)) {
            return ScoreResult.right();
        }
        long hits = response.selected().stream().filter(expected::contains).count();
        long falseSelections = response.selected().size() - hits;
        return ScoreResult.parts((int) Math.max(0, hits - falseSelections), expected.size());
    }

    private static ScoreResult cloze(AnswerSpec.Cloze key, Response.Cloze response, MatchingPolicy policy) {
        int correct = 0;
        for (AnswerSpec.Gap gap : key.gaps()) {
            Response.GapResponse given = response.gaps().get(gap.id());
            if (gap instanceof AnswerSpec.TypedGap typed && given instanceof Response.TypedGap text) {
                correct += policy.matchesAny(text.text(), typed.accepted()) ? 1 : 0;
            } else if (gap instanceof AnswerSpec.SelectGap select && given instanceof Response.SelectedGap choice) {
                correct += choice.option() == select.correct() ? 1 : 0;
            }
        }
        return ScoreResult.parts(correct, key.gaps().size());
    }

    private static ScoreResult reorder(AnswerSpec.Reorder key, Response.Reorder response) {
        List<Integer> order = response.order();
        int size = key.units().size();
        boolean permutation = order.size() == size
                && order.stream().allMatch(index -> index >= 0 && index < size)
                && order.stream().distinct().count() == size;
        if (!permutation) {
            return ScoreResult.wrong();
        }
        // Compared as texts so that two identical units (two « de ») may come in either order.
        List<String> given = order.stream().map(key.units()::get).toList();
        return verdict(key.acceptedOrders().contains(given));
    }

    private static ScoreResult matching(AnswerSpec.Matching key, Response.Matching response) {
        int correct = (int) IntStream.range(0, key.left().size())
                .filter(left -> Integer.valueOf(key.rightFor(left)).equals(response.pairs().get(left)))
                .count();
        return ScoreResult.parts(correct, key.left().size());
    }
}
