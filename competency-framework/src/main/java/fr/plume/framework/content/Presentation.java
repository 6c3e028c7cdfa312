package fr.plume.framework.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * How one item is shown in one attempt: options, units and matching columns in an order shuffled from the
 * attempt seed, the same every time the attempt is resumed. It turns the public view's display indices back
 * into the author's indices, so the key never has to leave the server.
 */
public final class Presentation {

    private static final int MAX_REORDER_SHUFFLES = 64;

    private final Item item;
    private final List<Integer> order;
    private final List<Integer> leftOrder;
    private final Map<Integer, List<Integer>> gapOrders;

    private Presentation(Item item, List<Integer> order, List<Integer> leftOrder, Map<Integer, List<Integer>> gapOrders) {
        this.item = item;
        this.order = order;
        this.leftOrder = leftOrder;
        this.gapOrders = gapOrders;
    }

    public static Presentation of(Item item, long seed) {
        // java.util.Random's algorithm is specified, so an attempt shows the same order on every JVM.
        Random random = new Random(seed ^ item.id().getMostSignificantBits() ^ Long.rotateLeft(item.id().getLeastSignificantBits(), 17));
        AnswerSpec answer = item.answer();
        List<Integer> order = List.of();
        List<Integer> leftOrder = List.of();
        Map<Integer, List<Integer>> gapOrders = new HashMap<>();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            order = shuffled(key.options().size(), random);
        } else if (answer instanceof AnswerSpec.MultipleChoice key) {
            order = shuffled(key.options().size(), random);
        } else if (answer instanceof AnswerSpec.Cloze key) {
            for (AnswerSpec.Gap gap : key.gaps()) {
                if (gap instanceof AnswerSpec.SelectGap select) {
                    gapOrders.put(gap.id(), shuffled(select.options().size(), random));
                }
            }
        } else if (answer instanceof AnswerSpec.Reorder key) {
            order = reorderShown(item, key, random);
        } else if (answer instanceof AnswerSpec.Matching key) {
            leftOrder = shuffled(key.left().size(), random);
            order = shuffled(key.right().size(), random);
        }
        return new Presentation(item, order, leftOrder, Map.copyOf(gapOrders));
    }

    public static ItemView publicView(Item item, long seed) {
        return of(item, seed).view();
    }

    public ItemView view() {
        return new ItemView(item.id(), item.type(), item.competency(), item.stem(), body());
    }

    /** The response in the author's indices, ready for {@link Scorer#score(Item, Response)}. */
    public Response toCanonical(Response displayed) {
        if (displayed instanceof Response.SingleChoice choice) {
            return new Response.SingleChoice(canonical(order, choice.selected()));
        }
        if (displayed instanceof Response.MultipleChoice choice) {
            return new Response.MultipleChoice(choice.selected().stream()
                    .map(index -> canonical(order, index)).collect(java.util.stream.Collectors.toSet()));
        }
        if (displayed instanceof Response.Cloze cloze) {
            Map<Integer, Response.GapResponse> gaps = new HashMap<>();
            cloze.gaps().forEach((id, given) -> gaps.put(id, given instanceof Response.SelectedGap selected
                    ? new Response.SelectedGap(canonical(gapOrders.getOrDefault(id, List.of()), selected.option()))
                    : given));
            return new Response.Cloze(gaps);
        }
        if (displayed instanceof Response.Reorder reorder) {
            return new Response.Reorder(reorder.order().stream().map(index -> canonical(order, index)).toList());
        }
        if (displayed instanceof Response.Matching matching) {
            Map<Integer, Integer> pairs = new HashMap<>();
            matching.pairs().forEach((left, right) -> pairs.put(canonical(leftOrder, left), canonical(order, right)));
            return new Response.Matching(pairs);
        }
        return displayed;
    }

    public ScoreResult score(Response displayed) {
        return Scorer.score(item, toCanonical(displayed));
    }

    private ItemView.Body body() {
        AnswerSpec answer = item.answer();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            return new ItemView.Choices(inOrder(key.options(), order), false);
        }
        if (answer instanceof AnswerSpec.MultipleChoice key) {
            return new ItemView.Choices(inOrder(key.options(), order), true);
        }
        if (answer instanceof AnswerSpec.Cloze key) {
            return new ItemView.Cloze(key.text(), key.gaps().stream().map(gap -> gap instanceof AnswerSpec.SelectGap select
                    ? new ItemView.Gap(gap.id(), inOrder(select.options(), gapOrders.get(gap.id())))
                    : new ItemView.Gap(gap.id(), List.of())).toList());
        }
        if (answer instanceof AnswerSpec.SpotTheError key) {
            return new ItemView.SpotTheError(key.segments());
        }
        if (answer instanceof AnswerSpec.CorrectTheError key) {
            return new ItemView.CorrectTheError(key.sentence(), key.wrongSegment());
        }
        if (answer instanceof AnswerSpec.Reorder key) {
            return new ItemView.Reorder(inOrder(key.units(), order));
        }
        if (answer instanceof AnswerSpec.Matching key) {
            return new ItemView.Matching(inOrder(key.left(), leftOrder), inOrder(key.right(), order));
        }
        if (answer instanceof AnswerSpec.ShortAnswer) {
            return new ItemView.ShortAnswer();
        }
        AnswerSpec.Essay essay = (AnswerSpec.Essay) answer;
        return new ItemView.Essay(essay.rubric(), essay.minWords(), essay.maxWords());
    }

    private static List<Integer> shuffled(int size, Random random) {
        List<Integer> indices = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(indices, random);
        return List.copyOf(indices);
    }

    private static List<Integer> reorderShown(Item item, AnswerSpec.Reorder key, Random random) {
        for (int attempt = 0; attempt < MAX_REORDER_SHUFFLES; attempt++) {
            List<Integer> candidate = shuffled(key.units().size(), random);
            if (!key.acceptedOrders().contains(inOrder(key.units(), candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("every order of the units of item " + item.id() + " is accepted");
    }

    private static <T> List<T> inOrder(List<T> values, List<Integer> displayToCanonical) {
        return displayToCanonical.stream().map(values::get).toList();
    }

    /** Out-of-range display indices stay out of range, so the scorer marks them wrong. */
    private static int canonical(List<Integer> displayToCanonical, int displayIndex) {
        return displayIndex >= 0 && displayIndex < displayToCanonical.size() ? displayToCanonical.get(displayIndex) : -1;
    }
}
