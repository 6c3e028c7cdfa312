package fr.plume.tool.itembank.api;

import fr.plume.framework.content.Item;

/**
 * An item with the IRT parameters currently in force for it.
 *
 * @param parametersVersion version of the parameter set ({@code prior} until a calibration replaces it)
 * @param a                 discrimination
 * @param b                 difficulty
 * @param itemVersion       the version of the item's content in force (an attempt keeps it)
 */
public record PublishedItem(Item item, String parametersVersion, double a, double b, int itemVersion) {

    /** An item at its first version. */
    public PublishedItem(Item item, String parametersVersion, double a, double b) {
        this(item, parametersVersion, a, b, 1);
    }

    /** Usable by a candidate who needs accessible items (screen reader and colour-blind safe). */
    public boolean accessible() {
        return item.accessibility().screenReaderFriendly() && item.accessibility().colourBlindSafe();
    }
}
