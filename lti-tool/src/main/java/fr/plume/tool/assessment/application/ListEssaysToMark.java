package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.EssayMarks;
import fr.plume.tool.assessment.domain.Essays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The essays of a course still to mark, oldest first, and how many are marked already. A
 * double-marked (certification) essay is listed only to a marker who may give its next mark: not
 * its writer, not someone who marked it already; nobody is shown the marks given before.
 */
@Component
public class ListEssaysToMark {

    private final Essays essays;
    private final EssayMarks marks;

    public ListEssaysToMark(Essays essays, EssayMarks marks) {
        this.essays = essays;
        this.marks = marks;
    }

    /** @param doubleMarked keys ({@code attemptId/position}) of the listed essays that are double-marked */
    public record EssaysToMark(List<Essay> toMark, long markedCount, Set<String> doubleMarked) {

        public EssaysToMark {
            toMark = List.copyOf(toMark);
            doubleMarked = Set.copyOf(doubleMarked);
        }

        public boolean isDoubleMarked(Essay essay) {
            return doubleMarked.contains(EssayMarks.key(essay.attemptId(), essay.position()));
        }
    }

    @Transactional(readOnly = true)
    public EssaysToMark of(MarkEssay.Marker marker) {
        Map<String, List<UUID>> markers = marks.markersOfPending(marker.memberId(), marker.contextId());
        List<Essay> toMark = essays.toMark(marker.memberId(), marker.contextId()).stream()
                .filter(e -> mayMark(marker, e, markers.get(EssayMarks.key(e.attemptId(), e.position()))))
                .toList();
        Set<String> doubleMarked = toMark.stream().map(e -> EssayMarks.key(e.attemptId(), e.position()))
                .filter(markers::containsKey).collect(Collectors.toSet());
        return new EssaysToMark(toMark, essays.markedCount(marker.memberId(), marker.contextId()), doubleMarked);
    }

    private static boolean mayMark(MarkEssay.Marker marker, Essay essay, List<UUID> markedBy) {
        return markedBy == null || !essay.userId().equals(marker.userId()) && !markedBy.contains(marker.userId());
    }
}
