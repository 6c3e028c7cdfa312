package fr.plume.tool.assessment.web;

import java.util.List;
import java.util.UUID;

/**
 * One essay as the marking page shows it, without the writer's name.
 *
 * @param number   its rank in the list ("Copie 1"), also its anchor
 * @param errorKey why the last marking of this essay was refused, or null
 * @param doubleMarking a certification essay: double-marked, each marker blind to the others' marks
 */
public record EssayToMark(UUID attemptId, int position, int number, String competency, String prompt, String text,
        int wordCount, String submittedAt, List<Criterion> criteria, String errorKey, boolean doubleMarking) {

    public EssayToMark {
        criteria = List.copyOf(criteria);
    }

    /** @param index the position of the criterion in the rubric (form field {@code points-<index>}) */
    public record Criterion(int index, String label, int maxPoints, String value) {
    }
}
