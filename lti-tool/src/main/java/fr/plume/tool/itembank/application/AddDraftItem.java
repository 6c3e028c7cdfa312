package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemSelfCheck;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.itembank.domain.Items;
import java.util.List;
import org.springframework.stereotype.Service;

/** Adds an item another module proposes as a draft: only drafts, only items that pass the bank's self-check. */
@Service
class AddDraftItem implements DraftIntake {

    private final Items items;

    AddDraftItem(Items items) {
        this.items = items;
    }

    @Override
    public boolean addDraft(Item item) {
        if (item.status() != ItemStatus.DRAFT) {
            throw new IllegalArgumentException("only DRAFT items may be proposed, not " + item.status());
        }
        List<String> problems = ItemSelfCheck.problems(item);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return items.insertIfAbsent(item);
    }
}
