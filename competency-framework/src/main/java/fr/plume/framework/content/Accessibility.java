package fr.plume.framework.content;

/**
 * Whether an item can be offered to a candidate using a screen reader, and to a colour-blind candidate.
 * Items whose meaning relies on visual layout are not screen-reader friendly.
 */
public record Accessibility(boolean screenReaderFriendly, boolean colourBlindSafe) {

    public static final Accessibility FULL = new Accessibility(true, true);
}
