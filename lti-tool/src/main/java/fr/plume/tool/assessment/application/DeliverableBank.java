package fr.plume.tool.assessment.application;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.assessment.domain.BankPool;
import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Adapter from the item bank's published items to the engine's {@link ItemBank}. Essays are left
 * out of adaptive tests: they are marked by people, so they cannot update θ during the test. They
 * are kept apart, by competency, for writing sessions the student chooses explicitly. Items in
 * pretest ({@link PublishedItem#pretest()}) are kept apart too: the engine never chooses them nor
 * scores with them; {@link ShowNextItem} seeds them unscored.
 * Tests draw from the pool of their mode ({@link BankPool}). Rebuilt only when the catalogue
 * returns a different list.
 */
@Component
public class DeliverableBank {

    private final ItemCatalog catalog;
    private final boolean practicePoolForDiagnostics;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public DeliverableBank(ItemCatalog catalog) {
        this(catalog, false);
    }

    /**
     * @param practicePoolForDiagnostics diagnostic and formative attempts draw from the practice
     *                                   pool instead of the whole bank ({@link BankPool#forMode})
     */
    @Autowired
    public DeliverableBank(ItemCatalog catalog,
            @Value("${plume.assessment.practice-pool-for-diagnostics:false}") boolean practicePoolForDiagnostics) {
        this.catalog = catalog;
        this.practicePoolForDiagnostics = practicePoolForDiagnostics;
    }

    /**
     * The items an adaptive test of this mode may show (issue 17): the certification pool for the
     * certification, the practice pool for its mock, the whole bank for the others unless
     * configured otherwise.
     */
    public ItemBank itemsFor(TestMode mode) {
        Snapshot current = current();
        return BankPool.forMode(mode, practicePoolForDiagnostics).map(current::pool).orElse(current.bank());
    }

    /**
     * @param bank    every deliverable item (the competencies offered, mastery)
     * @param pools   the deliverable items of each {@link BankPool}: what adaptive tests draw from
     * @param essays  published essays by competency code, ordered by id (practice only)
     * @param pretest published items in pretest (not essays), ordered by id
     */
    public record Snapshot(List<PublishedItem> source, ItemBank bank, Map<String, PublishedItem> byId,
            Map<String, List<PublishedItem>> essays, List<PublishedItem> pretest, Map<BankPool, ItemBank> pools) {

        public Snapshot(List<PublishedItem> source, ItemBank bank, Map<String, PublishedItem> byId,
                Map<String, List<PublishedItem>> essays, List<PublishedItem> pretest) {
            this(source, bank, byId, essays, pretest, split(bank));
        }

        public ItemBank pool(BankPool pool) {
            return pools.get(pool);
        }

        public Optional<PublishedItem> item(String itemId) {
            return Optional.ofNullable(byId.get(itemId));
        }

        /** Essays of the competency a candidate may be given (only accessible ones when they need it). */
        public List<PublishedItem> essays(String competency, boolean accessibleOnly) {
            return essays.getOrDefault(competency, List.of()).stream()
                    .filter(item -> !accessibleOnly || item.accessible())
                    .toList();
        }

        /** Competencies that have at least one essay for this candidate, sorted by code. */
        public List<String> competenciesWithEssays(boolean accessibleOnly) {
            return essays.keySet().stream().filter(code -> !essays(code, accessibleOnly).isEmpty()).sorted().toList();
        }
    }

    public Snapshot current() {
        List<PublishedItem> published = catalog.published();
        Snapshot existing = snapshot.get();
        if (existing != null && existing.source() == published) {
            return existing;
        }
        List<PublishedItem> deliverable = published.stream()
                .filter(item -> item.item().type() != ItemType.ESSAY && !item.pretest())
                .toList();
        List<PublishedItem> pretest = published.stream()
                .filter(item -> item.item().type() != ItemType.ESSAY && item.pretest())
                .sorted(java.util.Comparator.comparing(item -> item.item().id()))
                .toList();
        ItemBank bank = ItemBank.of(deliverable.stream().map(DeliverableBank::parameters).toList());
        Map<String, List<PublishedItem>> essays = published.stream()
                .filter(item -> item.item().type() == ItemType.ESSAY && !item.pretest())
                .sorted(java.util.Comparator.comparing(item -> item.item().id()))
                .collect(Collectors.groupingBy(item -> item.item().competency(), Collectors.toUnmodifiableList()));
        Snapshot built = new Snapshot(published, bank, deliverable.stream()
                .collect(Collectors.toUnmodifiableMap(item -> item.item().id().toString(), Function.identity())),
                Map.copyOf(essays), pretest);
        snapshot.set(built);
        return built;
    }

    private static Map<BankPool, ItemBank> split(ItemBank bank) {
        Map<BankPool, List<ItemParameters>> items = new EnumMap<>(BankPool.class);
        for (BankPool pool : BankPool.values()) {
            items.put(pool, new ArrayList<>());
        }
        for (int i = 0; i < bank.size(); i++) {
            ItemParameters item = bank.item(i);
            items.get(BankPool.of(item.familyId())).add(item);
        }
        Map<BankPool, ItemBank> pools = new EnumMap<>(BankPool.class);
        items.forEach((pool, list) -> pools.put(pool, ItemBank.of(list)));
        return Map.copyOf(pools);
    }

    static ItemParameters parameters(PublishedItem item) {
        return new ItemParameters(item.item().id().toString(), item.item().competency(), item.item().family(),
                item.a(), item.b(), item.accessible());
    }
}
