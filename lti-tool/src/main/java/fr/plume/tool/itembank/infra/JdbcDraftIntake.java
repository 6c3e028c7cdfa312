package fr.plume.tool.itembank.infra;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemSelfCheck;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.api.DraftIntake;
import java.util.List;
import org.springframework.stereotype.Service;

/** {@link DraftIntake} over the bank's table: only drafts, only items that pass the bank's self-check. */
@Service
class JdbcDraftIntake implements DraftIntake {

    private final JdbcItems items;

    JdbcDraftIntake(JdbcItems items) {
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
