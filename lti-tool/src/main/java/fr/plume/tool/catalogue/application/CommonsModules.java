package fr.plume.tool.catalogue.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.OpenModule;
import fr.plume.tool.itembank.api.PublishedModules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The item bank's published modules when the item bank provides them; until then an empty commons,
 * so the provider and the downloads answer (nothing published) instead of the tool not starting.
 */
@Component
class CommonsModules {

    private static final PublishedModules NONE = new PublishedModules() {
        @Override
        public List<Published> changedBetween(Instant from, Instant until, Cursor after, int limit) {
            return List.of();
        }

        @Override
        public Optional<Published> find(UUID moduleId) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> earliestChange() {
            return Optional.empty();
        }

        @Override
        public List<Item> itemsOf(OpenModule module) {
            return List.of();
        }
    };

    private final ObjectProvider<PublishedModules> modules;

    CommonsModules(ObjectProvider<PublishedModules> modules) {
        this.modules = modules;
    }

    PublishedModules get() {
        return modules.getIfAvailable(() -> NONE);
    }
}
