package fr.plume.framework.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/** What a candidate submits for one item, one record per {@link ItemType}. */
public sealed interface Response {

    ItemType type();

    record SingleChoice(int selected) implements Response {
        @Override
        public ItemType type() {
            return ItemType.SINGLE_CHOICE;
        }
    }

    record MultipleChoice(Set<Integer> selected) implements Response {
        public MultipleChoice {
            selected = Set.copyOf(selected);
        }

        @Override
        public ItemType type() {
            return ItemType.MULTIPLE_CHOICE;
        }
    }

    /** Gap id to the candidate's answer for that gap; a gap left empty is simply absent. */
    record Cloze(Map<Integer, GapResponse> gaps) implements Response {
        public Cloze {
            gaps = Map.copyOf(gaps);
        }

        @Override
        public ItemType type() {
            return ItemType.CLOZE;
        }
    }

    sealed interface GapResponse {
    }

    record TypedGap(String text) implements GapResponse {
        public TypedGap {
            Objects.requireNonNull(text, "text");
        }
    }

    record SelectedGap(int option) implements GapResponse {
    }

    /** The segment the candidate marked as wrong, or empty for "Il n'y a pas d'erreur". */
    record SpotTheError(OptionalInt segment) implements Response {
        public static SpotTheError noError() {
            return new SpotTheError(OptionalInt.empty());
        }

        public static SpotTheError segment(int index) {
            return new SpotTheError(OptionalInt.of(index));
        }

        @Override
        public ItemType type() {
            return ItemType.SPOT_THE_ERROR;
        }
    }

    record CorrectTheError(String correction) implements Response {
        public CorrectTheError {
            Objects.requireNonNull(correction, "correction");
        }

        @Override
        public ItemType type() {
            return ItemType.CORRECT_THE_ERROR;
        }
    }

    /** Unit indices in the order the candidate put them. */
    record Reorder(List<Integer> order) implements Response {
        public Reorder {
            order = List.copyOf(order);
        }

        @Override
        public ItemType type() {
            return ItemType.REORDER;
        }
    }

    /** Left index to the right index the candidate paired it with. */
    record Matching(Map<Integer, Integer> pairs) implements Response {
        public Matching {
            pairs = Map.copyOf(pairs);
        }

        @Override
        public ItemType type() {
            return ItemType.MATCHING;
        }
    }

    record ShortAnswer(String text) implements Response {
        public ShortAnswer {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public ItemType type() {
            return ItemType.SHORT_ANSWER;
        }
    }

    record Essay(String text) implements Response {
        public Essay {
            Objects.requireNonNull(text, "text");
        }

        public int wordCount() {
            String trimmed = text.strip();
            return trimmed.isEmpty() ? 0 : trimmed.split("[\\s\\p{Zs}]+").length;
        }

        @Override
        public ItemType type() {
            return ItemType.ESSAY;
        }
    }
}
