package fr.plume.tool.support;

import fr.plume.framework.content.Accessibility;
import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.IrtPrior;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemText;
import fr.plume.framework.content.MatchingPolicy;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.LocalizedText;
import fr.plume.tool.itembank.api.PublishedModules;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The item bank's published-modules port in memory, for the commons' consumers (OAI-PMH provider,
 * cartridge and Moodle XML exports) until and besides the item bank's own: publish, retire, read.
 */
public final class InMemoryPublishedModules implements PublishedModules {

    private final Map<UUID, Published> modules = new ConcurrentHashMap<>();
    private final Map<UUID, Item> items = new ConcurrentHashMap<>();

    /** Publishes (or republishes) the module with its items at {@code at}. */
    public InMemoryPublishedModules publish(OpenModule module, List<Item> moduleItems, Instant at) {
        moduleItems.forEach(item -> items.put(item.id(), item));
        modules.put(module.id(), new Published(module, at, false));
        return this;
    }

    public InMemoryPublishedModules retire(UUID moduleId, Instant at) {
        Published published = modules.get(moduleId);
        modules.put(moduleId, new Published(published.module(), at, true));
        return this;
    }

    public void clear() {
        modules.clear();
        items.clear();
    }

    @Override
    public List<Published> changedBetween(Instant from, Instant until, Cursor after, int limit) {
        Comparator<Published> order = Comparator.comparing(Published::changedAt)
                .thenComparing(published -> published.module().id());
        return modules.values().stream()
                .filter(p -> from == null || !p.changedAt().isBefore(from))
                .filter(p -> until == null || !p.changedAt().isAfter(until))
                .filter(p -> after == null || p.changedAt().isAfter(after.changedAt())
                        || p.changedAt().equals(after.changedAt()) && p.module().id().compareTo(after.moduleId()) > 0)
                .sorted(order).limit(limit).toList();
    }

    @Override
    public Optional<Published> find(UUID moduleId) {
        return Optional.ofNullable(modules.get(moduleId));
    }

    @Override
    public Optional<Instant> earliestChange() {
        return modules.values().stream().map(Published::changedAt).min(Comparator.naturalOrder());
    }

    @Override
    public List<Item> itemsOf(OpenModule module) {
        return module.itemIds().stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A published module on competency {@code competency} with a page, a link and the given items. */
    public static OpenModule module(UUID id, String title, String competency, List<Item> moduleItems) {
        List<ModuleEntry> entries = new ArrayList<>();
        entries.add(new ModuleEntry.PageEntry(LocalizedText.of("La règle", "The rule"),
                LocalizedText.of("<p>On accorde le participe <strong>passé</strong>.</p>", "<p>Agreement.</p>")));
        entries.add(new ModuleEntry.LinkEntry(LocalizedText.of("Pour aller plus loin", "Further reading"),
                URI.create("https://example.org/accords")));
        moduleItems.forEach(item -> entries.add(new ModuleEntry.ItemEntry(LocalizedText.of("Exercice", "Exercise"),
                item.id(), 1)));
        return new OpenModule(id, 1, LocalizedText.of(title, title + " (EN)"),
                LocalizedText.of("Résumé de « " + title + " » & co.", "Summary"),
                List.of(new OpenModule.Objective(competency, LocalizedText.of("Accorder", "Agree"))), 30,
                OpenModule.DEFAULT_LICENCE, List.of("Anne Autrice", "Bob, Relecteur"), List.of("Université A"),
                entries, ItemStatus.PUBLISHED);
    }

    /** A short-answer item whose accepted answer holds an apostrophe. */
    public static Item shortAnswer(String competency) {
        return new Item(UUID.randomUUID(), "fam-" + UUID.randomUUID(), 1, fr.plume.framework.content.ItemType.SHORT_ANSWER,
                competency, 3, ItemText.fr("Écrivez le mot."), new AnswerSpec.ShortAnswer(List.of("aujourd'hui"),
                List.of()), ItemText.fr("Bien."), ItemText.fr("La règle."), IrtPrior.forLevel(3), Accessibility.FULL,
                MatchingPolicy.DEFAULT, OpenModule.DEFAULT_LICENCE, List.of("Anne Autrice"), ItemStatus.PUBLISHED);
    }
}
