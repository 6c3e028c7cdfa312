package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.ItemVersion;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes items: a new item starts as a draft at version 1; a draft is edited in place; editing a
 * published or retired item opens the next version as a draft (the published one stays in force,
 * unchanged, until the new one is published). A version in review is not edited: it is sent back first.
 */
@Component
public class EditItem {

    private static final Logger log = LoggerFactory.getLogger(EditItem.class);

    private final ItemVersions versions;
    private final Clock clock;

    public EditItem(ItemVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** Saved, or the problems to fix (nothing saved). */
    public record Outcome(Optional<ItemVersion> saved, List<String> problems) {
    }

    /** The item as students would see it, without saving anything. */
    public ItemForm.Built preview(ItemForm form) {
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        return form.build(id, familyOf(id, Optional.empty()), 1, List.of("—"));
    }

    @Transactional
    public Outcome save(Author author, ItemForm form) {
        Optional<ItemVersion> latest = form.id() == null ? Optional.empty() : versions.latest(form.id());
        if (form.id() != null && latest.isEmpty()) {
            throw new PlumeProblemException("ITEMBANK-ITEM-NOT-FOUND", 404);
        }
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        int variant = latest.map(v -> v.item().variant()).orElse(1);
        ItemForm.Built built = form.build(id, familyOf(id, latest), variant, List.of(author.name()));
        if (!built.valid()) {
            return new Outcome(Optional.empty(), built.problems());
        }
        Instant now = Instant.now(clock);
        Item item = built.item();
        if (latest.isEmpty()) {
            if (!versions.variantFree(id, item.family(), item.variant())) {
                return new Outcome(Optional.empty(), List.of("family: already used by another item"));
            }
            ItemVersion first = new ItemVersion(item, 1, author.key(), null, now);
            versions.insert(first);
            log.info("event=itembank.item-created item={} type={}", id, item.type());
            return new Outcome(Optional.of(first), List.of());
        }
        ItemVersion current = latest.get();
        if (current.status() == ItemStatus.IN_REVIEW) {
            throw new PlumeProblemException("ITEMBANK-ITEM-IN-REVIEW", 409);
        }
        if (current.draft()) {
            ItemVersion edited = new ItemVersion(item, current.version(), current.author(), null, now);
            if (!versions.updateDraft(edited)) {
                throw new PlumeProblemException("ITEMBANK-ITEM-IN-REVIEW", 409);
            }
            return new Outcome(Optional.of(edited), List.of());
        }
        ItemVersion next = new ItemVersion(item, current.version() + 1, author.key(), null, now);
        if (!versions.insert(next)) {
            throw new PlumeProblemException("ITEMBANK-ITEM-IN-REVIEW", 409);
        }
        log.info("event=itembank.item-new-version item={} version={}", id, next.version());
        return new Outcome(Optional.of(next), List.of());
    }

    /** Adds imported items as drafts, all or none (the caller's transaction). */
    void insertDrafts(Author author, List<Item> items) {
        Instant now = Instant.now(clock);
        for (Item item : items) {
            if (!versions.variantFree(item.id(), item.family(), item.variant())
                    || !versions.insert(new ItemVersion(item, 1, author.key(), null, now))) {
                throw new PlumeProblemException("ITEMBANK-IMPORT-DUPLICATE", 409, item.family());
            }
        }
    }

    private static String familyOf(UUID id, Optional<ItemVersion> latest) {
        return latest.map(v -> v.item().family()).orElse("plume-" + id.toString().substring(0, 13));
    }
}
