package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.tool.itembank.domain.Items;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The bank's items port in memory, for the use cases' unit tests. */
final class InMemoryItems implements Items {

    final Map<UUID, Item> stored = new LinkedHashMap<>();

    @Override
    public boolean insertIfAbsent(Item item) {
        return stored.putIfAbsent(item.id(), item) == null;
    }

    final java.util.Set<UUID> pretest = new java.util.HashSet<>();

    @Override
    public boolean addPretestParameters(UUID itemId, double a, double b) {
        return pretest.add(itemId);
    }
}
