package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.application.CurrentItem;

/**
 * "Question 3 sur 40" on a fixed-length test, "Question 3 sur 30 au plus" when the test may stop
 * earlier (adaptive tests stop once the estimate is precise enough).
 *
 * @param number the item on screen, from 1
 */
public record ItemProgress(int number, int maxItems, boolean fixedLength) {

    static ItemProgress of(CurrentItem.ToAnswer current) {
        return new ItemProgress(current.answeredCount() + 1, current.maxItems(), current.fixedLength());
    }

    public String messageKey() {
        return fixedLength ? "assessment.item.progress.fixed" : "assessment.item.progress";
    }
}
