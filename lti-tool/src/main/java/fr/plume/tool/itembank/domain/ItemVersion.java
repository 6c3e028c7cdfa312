package fr.plume.tool.itembank.domain;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import java.time.Instant;

/**
 * One version of an item. Only a draft may change; a published version never does (editing it
 * opens the next version).
 *
 * @param author   the key of the author of this version ({@link Author#key()})
 * @param reviewer the key of whoever published or retired it, null before
 */
public record ItemVersion(Item item, int version, String author, String reviewer, Instant updatedAt) {

    public ItemStatus status() {
        return item.status();
    }

    public boolean draft() {
        return item.status() == ItemStatus.DRAFT;
    }
}
