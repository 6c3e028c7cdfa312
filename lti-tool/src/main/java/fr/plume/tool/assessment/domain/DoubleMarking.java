package fr.plume.tool.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The consortium's double-marking rule for certification essays (issue 17, docs/certification.md):
 * two different markers mark independently; when their levels are at most one level apart the
 * essay's mark is the mean of the two; further apart, a third marker (different from both) marks
 * it and the mark is the mean of the two closest of the three marks (by total points). When the
 * third mark lies exactly halfway, the two pairs are equally close and the mark is the middle one.
 * Means are taken criterion by criterion and rounded to the nearest point, halves up.
 */
public final class DoubleMarking {

    /** A gap in levels above this sends the essay to a third marker. */
    public static final int TOLERATED_GAP = 1;
    public static final int LEVELS = 6;

    /** Where an essay stands in its double marking. */
    public enum Stage { AWAITING_SECOND, AWAITING_THIRD, FINAL }

    /** Why a marker may not mark this essay now, or empty when they may. */
    public enum Refusal { OWN_ESSAY, ALREADY_MARKED, MARKING_COMPLETE }

    /** The decided mark: one value per criterion, their total, and its level. */
    public record Decided(List<Integer> points, int total, int maximum, int level) {

        public Decided {
            points = List.copyOf(points);
        }
    }

    private DoubleMarking() {
    }

    /**
     * The level (1 to 6) a total stands for: the rubric's range cut into six equal bands, the top
     * of each band included ({@code ceil(6 × total / maximum)}, at least 1).
     */
    public static int level(int total, int maximum) {
        if (maximum <= 0 || total < 0 || total > maximum) {
            throw new IllegalArgumentException("total out of range");
        }
        return Math.max(1, (int) Math.ceil((double) LEVELS * total / maximum));
    }

    public static Stage stage(List<EssayMark> marks) {
        if (marks.size() < 2) {
            return Stage.AWAITING_SECOND;
        }
        if (marks.size() == 2 && Math.abs(marks.get(0).level() - marks.get(1).level()) > TOLERATED_GAP) {
            return Stage.AWAITING_THIRD;
        }
        return Stage.FINAL;
    }

    /** Whether {@code marker} may give the next mark of an essay {@code writer} wrote. */
    public static Optional<Refusal> refusal(List<EssayMark> marks, UUID marker, UUID writer) {
        if (marker.equals(writer)) {
            return Optional.of(Refusal.OWN_ESSAY);
        }
        if (marks.stream().anyMatch(m -> m.markedBy().equals(marker))) {
            return Optional.of(Refusal.ALREADY_MARKED);
        }
        if (stage(marks) == Stage.FINAL) {
            return Optional.of(Refusal.MARKING_COMPLETE);
        }
        return Optional.empty();
    }

    /** The decided mark once the marking is {@link Stage#FINAL}. */
    public static Decided decide(List<EssayMark> marks) {
        if (stage(marks) != Stage.FINAL) {
            throw new IllegalStateException("marking not complete");
        }
        if (marks.size() == 2) {
            return mean(marks.get(0), marks.get(1));
        }
        List<EssayMark> sorted = marks.stream().sorted(Comparator.comparingInt(EssayMark::total)).toList();
        int lower = sorted.get(1).total() - sorted.get(0).total();
        int upper = sorted.get(2).total() - sorted.get(1).total();
        if (lower == upper) {
            EssayMark middle = sorted.get(1);
            return new Decided(middle.points(), middle.total(), middle.maximum(), middle.level());
        }
        return lower < upper ? mean(sorted.get(0), sorted.get(1)) : mean(sorted.get(1), sorted.get(2));
    }

    private static Decided mean(EssayMark a, EssayMark b) {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < a.points().size(); i++) {
            points.add((a.points().get(i) + b.points().get(i) + 1) / 2);
        }
        int total = points.stream().mapToInt(Integer::intValue).sum();
        return new Decided(points, total, a.maximum(), level(total, a.maximum()));
    }
}
