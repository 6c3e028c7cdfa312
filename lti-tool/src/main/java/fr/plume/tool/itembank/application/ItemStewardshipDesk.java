package fr.plume.tool.itembank.application;

import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.ItemStewardship;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.Items;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link ItemStewardship} over the bank's review rules (retiring is a review step: not by the author). */
@Component
class ItemStewardshipDesk implements ItemStewardship {

    private final ItemCatalog catalog;
    private final Items items;
    private final ReviewItem review;

    ItemStewardshipDesk(ItemCatalog catalog, Items items, ReviewItem review) {
        this.catalog = catalog;
        this.items = items;
        this.review = review;
    }

    @Override
    public boolean startPretest(UUID itemId) {
        PublishedItem item = published(itemId);
        return items.addPretestParameters(itemId, item.a(), item.b());
    }

    @Override
    public void retire(UUID itemId, String by) {
        review.retire(Author.account(by), itemId, published(itemId).itemVersion());
    }

    private PublishedItem published(UUID itemId) {
        return catalog.published().stream().filter(p -> p.item().id().equals(itemId)).findFirst()
                .orElseThrow(() -> new PlumeProblemException("ITEMBANK-ITEM-NOT-FOUND", 404));
    }
}
