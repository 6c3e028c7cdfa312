package fr.plume.tool.itembank.api;

import fr.plume.framework.content.Item;

/**
 * An item with the IRT parameters currently in force for it.
 *
 * @param parametersVersion version of the parameter set ({@code prior} until a calibration replaces it;
 *                          {@value #PRETEST_VERSION} while the item is being pretested)
 * @param a                 discrimination
 * @param b                 difficulty
 * @param itemVersion       the version of the item's content in force (an attempt keeps it)
 */
public record PublishedItem(Item item, String parametersVersion, double a, double b, int itemVersion) {

    /**
     * The parameter version of a published item in pretest (issue 16): its a and b are only a
     * prior, so it is shown unscored in diagnostic and formative attempts to collect answers, never
     * chosen for a score, until a calibration's estimate is promoted for it.
     */
    public static final String PRETEST_VERSION = "pretest";

    /** An item at its first version. */
    public PublishedItem(Item item, String parametersVersion, double a, double b) {
        this(item, parametersVersion, a, b, 1);
    }

    /** In pretest: seeded unscored, never chosen by the adaptive engine nor used for a score. */
    public boolean pretest() {
        return PRETEST_VERSION.equals(parametersVersion);
    }

    /** Usable by a candidate who needs accessible items (screen reader and colour-blind safe). */
    public boolean accessible() {
        return item.accessibility().screenReaderFriendly() && item.accessibility().colourBlindSafe();
    }
}
