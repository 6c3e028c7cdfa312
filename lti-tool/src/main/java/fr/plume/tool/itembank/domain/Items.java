package fr.plume.tool.itembank.domain;

import fr.plume.framework.content.Item;

/** The items of the bank, as the use cases that add items need them. */
public interface Items {

    /** Stores the item with its prior parameters unless an item with this id exists; true when stored. */
    boolean insertIfAbsent(Item item);

    /**
     * Adds the pretest parameter version (these a and b, a prior) as the item's latest; false when
     * the item already had one.
     */
    boolean addPretestParameters(java.util.UUID itemId, double a, double b);
}
