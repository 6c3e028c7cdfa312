package fr.plume.tool.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One marker's mark of a certification essay (double marking): the rubric points, their total and
 * the level that total stands for ({@link DoubleMarking#level}).
 *
 * @param round 1 and 2 for the independent markers, 3 for the third marker
 */
public record EssayMark(int round, UUID markedBy, List<Integer> points, int total, int maximum, int level,
        Instant markedAt) {

    public EssayMark {
        points = List.copyOf(points);
    }
}
