package fr.plume.tool.assessment.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemView;
import fr.plume.framework.content.Presentation;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.ShownItem;

/**
 * Where an attempt stands: either the item to answer now, or finished. The page is rendered from
 * {@link #view()} only, which holds no key.
 */
public sealed interface CurrentItem {

    Attempt attempt();

    /**
     * @param maxItems    the most items the attempt can hold
     * @param fixedLength every attempt of this kind holds exactly {@code maxItems} items
     */
    record ToAnswer(Attempt attempt, ShownItem shown, Item item, int answeredCount, int maxItems, boolean fixedLength)
            implements CurrentItem {

        public ItemView view() {
            return presentation().view();
        }

        public Presentation presentation() {
            return Presentation.of(item, attempt.seed());
        }
    }

    record Finished(Attempt attempt) implements CurrentItem {
    }
}
