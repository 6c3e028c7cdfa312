package fr.plume.framework.content;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The answer key of an item, one record per {@link ItemType}. Indices are zero-based. */
public sealed interface AnswerSpec {

    ItemType type();

    /** Common wrong typed answers that the scorer must reject; empty for answers that are not typed. */
    default List<String> rejectedExamples() {
        return List.of();
    }

    record SingleChoice(List<String> options, int correct) implements AnswerSpec {
        public SingleChoice {
            options = List.copyOf(options);
            requireIndex(correct, options.size(), "correct");
        }

        @Override
        public ItemType type() {
            return ItemType.SINGLE_CHOICE;
        }
    }

    record MultipleChoice(List<String> options, List<Integer> correct) implements AnswerSpec {
        public MultipleChoice {
            options = List.copyOf(options);
            correct = correct.stream().distinct().sorted().toList();
            if (correct.isEmpty()) {
                throw new IllegalArgumentException("at least one option must be correct");
            }
            for (int index : correct) {
                requireIndex(index, options.size(), "correct");
            }
        }

        @Override
        public ItemType type() {
            return ItemType.MULTIPLE_CHOICE;
        }
    }

    /** A text with gaps written {@code [[1]]}, {@code [[2]]}…, each gap typed or chosen from a list. */
    record Cloze(String text, List<Gap> gaps) implements AnswerSpec {
        public static final Pattern GAP_MARKER = Pattern.compile("\\[\\[(\\d+)]]");

        public Cloze {
            Objects.requireNonNull(text, "text");
            gaps = List.copyOf(gaps);
            if (gaps.isEmpty()) {
                throw new IllegalArgumentException("a cloze needs at least one gap");
            }
        }

        /** Gap ids in the order their markers appear in the text. */
        public static List<Integer> markerIds(String text) {
            Matcher matcher = GAP_MARKER.matcher(text);
            List<Integer> ids = new java.util.ArrayList<>();
            while (matcher.find()) {
                ids.add(Integer.parseInt(matcher.group(1)));
            }
            return ids;
        }

        @Override
        public List<String> rejectedExamples() {
            return gaps.stream().flatMap(gap -> gap.rejectedExamples().stream()).toList();
        }

        @Override
        public ItemType type() {
            return ItemType.CLOZE;
        }
    }

    sealed interface Gap {
        int id();

        default List<String> rejectedExamples() {
            return List.of();
        }
    }

    record TypedGap(int id, List<String> accepted, List<String> rejectedExamples) implements Gap {
        public TypedGap {
            accepted = requireNonEmpty(accepted, "accepted");
            rejectedExamples = List.copyOf(rejectedExamples);
        }
    }

    record SelectGap(int id, List<String> options, int correct) implements Gap {
        public SelectGap {
            options = List.copyOf(options);
            requireIndex(correct, options.size(), "correct");
        }
    }

    /** A sentence cut into segments; the key is the segment holding the error, or none. */
    record SpotTheError(List<String> segments, OptionalInt errorSegment) implements AnswerSpec {
        public SpotTheError {
            segments = List.copyOf(segments);
            if (segments.size() < 2) {
                throw new IllegalArgumentException("at least two segments are needed");
            }
            if (errorSegment.isPresent()) {
                requireIndex(errorSegment.getAsInt(), segments.size(), "errorSegment");
            }
        }

        @Override
        public ItemType type() {
            return ItemType.SPOT_THE_ERROR;
        }
    }

    /** A sentence whose {@code wrongSegment} is shown as wrong; the candidate types its correction. */
    record CorrectTheError(String sentence, String wrongSegment, List<String> accepted, List<String> rejectedExamples)
            implements AnswerSpec {
        public CorrectTheError {
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(wrongSegment, "wrongSegment");
            if (!sentence.contains(wrongSegment)) {
                throw new IllegalArgumentException("the wrong segment must occur in the sentence");
            }
            accepted = requireNonEmpty(accepted, "accepted");
            rejectedExamples = List.copyOf(rejectedExamples);
        }

        @Override
        public ItemType type() {
            return ItemType.CORRECT_THE_ERROR;
        }
    }

    /** Units written in a correct order; {@code alsoAccepted} lists other correct orders of the same units. */
    record Reorder(List<String> units, List<List<String>> alsoAccepted) implements AnswerSpec {
        public Reorder {
            units = List.copyOf(units);
            if (units.stream().distinct().count() < 2) {
                throw new IllegalArgumentException("at least two different units are needed");
            }
            alsoAccepted = alsoAccepted.stream().map(List::copyOf).toList();
        }

        public List<List<String>> acceptedOrders() {
            List<List<String>> orders = new java.util.ArrayList<>();
            orders.add(units);
            orders.addAll(alsoAccepted);
            return List.copyOf(orders);
        }

        @Override
        public ItemType type() {
            return ItemType.REORDER;
        }
    }

    /** Each left entry is paired with exactly one right entry; the right column may hold extra distractors. */
    record Matching(List<String> left, List<String> right, List<Pair> pairs) implements AnswerSpec {
        public Matching {
            left = List.copyOf(left);
            right = List.copyOf(right);
            pairs = pairs.stream().sorted(java.util.Comparator.comparingInt(Pair::left)).toList();
            if (pairs.size() != left.size()) {
                throw new IllegalArgumentException("every left entry needs exactly one pair");
            }
            for (Pair pair : pairs) {
                requireIndex(pair.left(), left.size(), "pair left");
                requireIndex(pair.right(), right.size(), "pair right");
            }
        }

        public int rightFor(int leftIndex) {
            return pairs.stream().filter(pair -> pair.left() == leftIndex).findFirst().orElseThrow().right();
        }

        @Override
        public ItemType type() {
            return ItemType.MATCHING;
        }
    }

    record Pair(int left, int right) {
    }

    record ShortAnswer(List<String> accepted, List<String> rejectedExamples) implements AnswerSpec {
        public ShortAnswer {
            accepted = requireNonEmpty(accepted, "accepted");
            rejectedExamples = List.copyOf(rejectedExamples);
        }

        @Override
        public ItemType type() {
            return ItemType.SHORT_ANSWER;
        }
    }

    /** A written production marked by people with a rubric; nothing is scored automatically. */
    record Essay(List<RubricCriterion> rubric, int minWords, int maxWords) implements AnswerSpec {
        public Essay {
            rubric = requireNonEmpty(rubric, "rubric");
            if (minWords < 0 || maxWords < minWords) {
                throw new IllegalArgumentException("need 0 <= minWords <= maxWords");
            }
        }

        public int maxPoints() {
            return rubric.stream().mapToInt(RubricCriterion::maxPoints).sum();
        }

        @Override
        public ItemType type() {
            return ItemType.ESSAY;
        }
    }

    private static void requireIndex(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(what + " index " + index + " out of range 0.." + (size - 1));
        }
    }

    private static <T> List<T> requireNonEmpty(List<T> values, String what) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return List.copyOf(values);
    }
}
