package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.domain.Essays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The essays of a course still to mark, oldest first, and how many are marked already. */
@Component
public class ListEssaysToMark {

    private final Essays essays;

    public ListEssaysToMark(Essays essays) {
        this.essays = essays;
    }

    public record EssaysToMark(List<Essay> toMark, long markedCount) {
    }

    @Transactional(readOnly = true)
    public EssaysToMark of(MarkEssay.Marker marker) {
        return new EssaysToMark(essays.toMark(marker.memberId(), marker.contextId()),
                essays.markedCount(marker.memberId(), marker.contextId()));
    }
}
