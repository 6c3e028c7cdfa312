package fr.plume.tool.itembank.api;

import fr.plume.framework.content.Item;

/** Lets other modules propose new items to the bank; they enter as DRAFT, for authors to finish and review. */
public interface DraftIntake {

    /**
     * Adds the item as a draft unless an item with its id exists; true when it was added.
     *
     * @throws IllegalArgumentException when the item is not a DRAFT or fails the bank's checks
     */
    boolean addDraft(Item item);
}
