package fr.plume.framework.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Checks an item against its own scorer: the key must be accepted and every distractor rejected
 * (wrong options, wrong segments, wrong orders, wrong pairings and the typed {@code rejectedExamples}).
 * A distractor that is accepted means the item has two defensible answers or a too lenient policy.
 */
public final class ItemSelfCheck {

    /** A response that must be scored wrong, with a description an author can act on. */
    public record Distractor(String description, Response response) {
    }

    private ItemSelfCheck() {
    }

    /** The response that the key describes; empty for an essay, which has no key. */
    public static Optional<Response> keyResponse(Item item) {
        AnswerSpec answer = item.answer();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            return Optional.of(new Response.SingleChoice(key.correct()));
        }
        if (answer instanceof AnswerSpec.MultipleChoice key) {
            return Optional.of(new Response.MultipleChoice(Set.copyOf(key.correct())));
        }
        if (answer instanceof AnswerSpec.Cloze key) {
            return Optional.of(new Response.Cloze(keyGaps(key)));
        }
        if (answer instanceof AnswerSpec.SpotTheError key) {
            return Optional.of(new Response.SpotTheError(key.errorSegment()));
        }
        if (answer instanceof AnswerSpec.CorrectTheError key) {
            return Optional.of(new Response.CorrectTheError(key.accepted().get(0)));
        }
        if (answer instanceof AnswerSpec.Reorder key) {
            return Optional.of(new Response.Reorder(IntStream.range(0, key.units().size()).boxed().toList()));
        }
        if (answer instanceof AnswerSpec.Matching key) {
            return Optional.of(new Response.Matching(pairsOf(key)));
        }
        if (answer instanceof AnswerSpec.ShortAnswer key) {
            return Optional.of(new Response.ShortAnswer(key.accepted().get(0)));
        }
        return Optional.empty();
    }

    public static List<Distractor> distractors(Item item) {
        AnswerSpec answer = item.answer();
        List<Distractor> distractors = new ArrayList<>();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            for (int i = 0; i < key.options().size(); i++) {
                if (i != key.correct()) {
                    distractors.add(new Distractor("option « " + key.options().get(i) + " »", new Response.SingleChoice(i)));
                }
            }
        } else if (answer instanceof AnswerSpec.MultipleChoice key) {
            for (int i = 0; i < key.options().size(); i++) {
                Set<Integer> toggled = new HashSet<>(key.correct());
                if (!toggled.remove(i)) {
                    toggled.add(i);
                }
                distractors.add(new Distractor("key with option « " + key.options().get(i) + " » toggled",
                        new Response.MultipleChoice(toggled)));
            }
        } else if (answer instanceof AnswerSpec.Cloze key) {
            addClozeDistractors(key, distractors);
        } else if (answer instanceof AnswerSpec.SpotTheError key) {
            for (int i = 0; i < key.segments().size(); i++) {
                if (key.errorSegment().isEmpty() || key.errorSegment().getAsInt() != i) {
                    distractors.add(new Distractor("segment « " + key.segments().get(i) + " »",
                            Response.SpotTheError.segment(i)));
                }
            }
            if (key.errorSegment().isPresent()) {
                distractors.add(new Distractor("no error", Response.SpotTheError.noError()));
            }
        } else if (answer instanceof AnswerSpec.CorrectTheError key) {
            distractors.add(new Distractor("the wrong segment itself", new Response.CorrectTheError(key.wrongSegment())));
            key.rejectedExamples().forEach(example ->
                    distractors.add(new Distractor("rejected example « " + example + " »", new Response.CorrectTheError(example))));
        } else if (answer instanceof AnswerSpec.Reorder key) {
            addReorderDistractors(key, distractors);
        } else if (answer instanceof AnswerSpec.Matching key) {
            addMatchingDistractors(key, distractors);
        } else if (answer instanceof AnswerSpec.ShortAnswer key) {
            key.rejectedExamples().forEach(example ->
                    distractors.add(new Distractor("rejected example « " + example + " »", new Response.ShortAnswer(example))));
        }
        return distractors;
    }

    /** Everything wrong with the item's key, in words; empty when the key and the distractors behave. */
    public static List<String> problems(Item item) {
        List<String> problems = new ArrayList<>();
        keyResponse(item).ifPresent(key -> {
            if (!Scorer.score(item, key).correct()) {
                problems.add("the key is not accepted by its own scorer");
            }
        });
        for (Distractor distractor : distractors(item)) {
            if (Scorer.score(item, distractor.response()).correct()) {
                problems.add("a distractor is accepted: " + distractor.description());
            }
        }
        return problems;
    }

    private static Map<Integer, Response.GapResponse> keyGaps(AnswerSpec.Cloze key) {
        Map<Integer, Response.GapResponse> gaps = new HashMap<>();
        for (AnswerSpec.Gap gap : key.gaps()) {
            gaps.put(gap.id(), gap instanceof AnswerSpec.TypedGap typed
                    ? new Response.TypedGap(typed.accepted().get(0))
                    : new Response.SelectedGap(((AnswerSpec.SelectGap) gap).correct()));
        }
        return gaps;
    }

    private static void addClozeDistractors(AnswerSpec.Cloze key, List<Distractor> distractors) {
        for (AnswerSpec.Gap gap : key.gaps()) {
            if (gap instanceof AnswerSpec.TypedGap typed) {
                for (String example : typed.rejectedExamples()) {
                    Map<Integer, Response.GapResponse> gaps = keyGaps(key);
                    gaps.put(gap.id(), new Response.TypedGap(example));
                    distractors.add(new Distractor("gap " + gap.id() + ": rejected example « " + example + " »",
                            new Response.Cloze(gaps)));
                }
            } else {
                AnswerSpec.SelectGap select = (AnswerSpec.SelectGap) gap;
                for (int i = 0; i < select.options().size(); i++) {
                    if (i != select.correct()) {
                        Map<Integer, Response.GapResponse> gaps = keyGaps(key);
                        gaps.put(gap.id(), new Response.SelectedGap(i));
                        distractors.add(new Distractor("gap " + gap.id() + ": option « " + select.options().get(i) + " »",
                                new Response.Cloze(gaps)));
                    }
                }
            }
        }
    }

    private static void addReorderDistractors(AnswerSpec.Reorder key, List<Distractor> distractors) {
        int size = key.units().size();
        List<List<Integer>> orders = new ArrayList<>();
        for (int i = 0; i + 1 < size; i++) {
            List<Integer> swapped = new ArrayList<>(IntStream.range(0, size).boxed().toList());
            Collections.swap(swapped, i, i + 1);
            orders.add(swapped);
        }
        List<Integer> reversed = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.reverse(reversed);
        orders.add(reversed);
        Set<List<String>> seen = new HashSet<>(key.acceptedOrders());
        for (List<Integer> order : orders) {
            List<String> texts = order.stream().map(key.units()::get).toList();
            // Orders the author declared correct, or equal to one of them as text, are not distractors.
            if (seen.add(texts)) {
                distractors.add(new Distractor("order « " + String.join(" / ", texts) + " »", new Response.Reorder(order)));
            }
        }
    }

    private static void addMatchingDistractors(AnswerSpec.Matching key, List<Distractor> distractors) {
        Map<Integer, Integer> pairs = pairsOf(key);
        for (int i = 0; i < key.left().size(); i++) {
            for (int j = i + 1; j < key.left().size(); j++) {
                Map<Integer, Integer> swapped = new HashMap<>(pairs);
                swapped.put(i, pairs.get(j));
                swapped.put(j, pairs.get(i));
                distractors.add(new Distractor("« " + key.left().get(i) + " » and « " + key.left().get(j) + " » swapped",
                        new Response.Matching(swapped)));
            }
        }
        Set<Integer> used = new HashSet<>(pairs.values());
        for (int right = 0; right < key.right().size(); right++) {
            if (!used.contains(right)) {
                Map<Integer, Integer> withExtra = new HashMap<>(pairs);
                withExtra.put(0, right);
                distractors.add(new Distractor("« " + key.left().get(0) + " » paired with « " + key.right().get(right) + " »",
                        new Response.Matching(withExtra)));
            }
        }
    }

    private static Map<Integer, Integer> pairsOf(AnswerSpec.Matching key) {
        Map<Integer, Integer> pairs = new HashMap<>();
        key.pairs().forEach(pair -> pairs.put(pair.left(), pair.right()));
        return pairs;
    }
}
