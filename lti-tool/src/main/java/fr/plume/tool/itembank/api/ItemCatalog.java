package fr.plume.tool.itembank.api;

import fr.plume.framework.content.Item;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the shared item bank (items are consortium-wide, not owned by one member). */
public interface ItemCatalog {

    /** Every published item with its current parameters, ordered by competency then id. */
    List<PublishedItem> published();

    /** Any item by id, whatever its status (an attempt may show an item retired since). */
    Optional<Item> item(UUID id);

    /** The item as it was at {@code version} (what an attempt showed), whatever its status now. */
    Optional<Item> item(UUID id, int version);
}
