package fr.plume.tool.assessment.application;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Adapter from the item bank's published items to the engine's {@link ItemBank}. Essays are left
 * out of adaptive tests: they are marked by people, so they cannot update θ during the test.
 * Rebuilt only when the catalogue returns a different list.
 */
@Component
public class DeliverableBank {

    private final ItemCatalog catalog;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public DeliverableBank(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    public record Snapshot(List<PublishedItem> source, ItemBank bank, Map<String, PublishedItem> byId) {

        public Optional<PublishedItem> item(String itemId) {
            return Optional.ofNullable(byId.get(itemId));
        }
    }

    public Snapshot current() {
        List<PublishedItem> published = catalog.published();
        Snapshot existing = snapshot.get();
        if (existing != null && existing.source() == published) {
            return existing;
        }
        List<PublishedItem> deliverable = published.stream()
                .filter(item -> item.item().type() != ItemType.ESSAY)
                .toList();
        ItemBank bank = ItemBank.of(deliverable.stream().map(DeliverableBank::parameters).toList());
        Snapshot built = new Snapshot(published, bank, deliverable.stream()
                .collect(Collectors.toUnmodifiableMap(item -> item.item().id().toString(), Function.identity())));
        snapshot.set(built);
        return built;
    }

    static ItemParameters parameters(PublishedItem item) {
        return new ItemParameters(item.item().id().toString(), item.item().competency(), item.item().family(),
                item.a(), item.b(), item.accessible());
    }
}
